"""A chat-model factory for LIFTQA_LLM=fake_llm:make_model in the tests."""

from langchain_core.language_models.fake_chat_models import FakeListChatModel


def make_model() -> FakeListChatModel:
    return FakeListChatModel(responses=["Hold a plank for 20-60 seconds, for 2-3 sets [1]."])
