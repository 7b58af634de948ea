"""Run `drain` against ENDPOINT for the records in FOLDER; the SIGKILL test kills it mid-send."""

import sys

from game.play.lrs_config import LrsConfig
from game.play.lrs_http import LrsClient
from game.play.lrs_send import drain
from game.records.outbox import Outbox
from tests.records.lrs_support import KEY, SECRET

if __name__ == "__main__":
    folder, endpoint = sys.argv[1], sys.argv[2]
    with Outbox.open(folder) as outbox, LrsClient(LrsConfig(endpoint, KEY, SECRET), 60) as client:
        drain(outbox, client, rounds_per_batch=1)
