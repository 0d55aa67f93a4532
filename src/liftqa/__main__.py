"""`python -m liftqa …` = the `liftqa` command."""

from liftqa.app.cli import main

raise SystemExit(main())
