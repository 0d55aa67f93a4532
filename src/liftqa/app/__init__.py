"""App stage: the service (the one factory), the `liftqa` CLI, the Gradio UI (the only gradio
import) and evaluation. Nothing below imports it."""
