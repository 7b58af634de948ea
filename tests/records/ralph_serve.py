"""Run Ralph (an open-source LRS) on 127.0.0.1 with its file-system backend, for the tests.

    <ralph's python> ralph_serve.py PORT

Run by tests/records/lrs_support.py with the interpreter of Ralph's own
virtual environment (Ralph pins old FastAPI and uvicorn, so it stays out of
the game's). RALPH_APP_DIR and RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH
come from the environment. One change to Ralph 5.1: its fs backend writes
with operation type CREATE, which refuses every write after the first to its
one statements file; the tests need it to append, as its database backends do.
"""

import sys

import uvicorn
from ralph.backends.data.base import BaseOperationType
from ralph.backends.lrs.fs import FSLRSBackend

FSLRSBackend.default_operation_type = BaseOperationType.APPEND

if __name__ == "__main__":
    uvicorn.run("ralph.api:app", host="127.0.0.1", port=int(sys.argv[1]), log_level="warning")
