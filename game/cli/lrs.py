"""`make-it-right lrs`: connect to a Learning Record Store and send the recorded rounds there.

    make-it-right lrs set ENDPOINT --key KEY [--base URL]   the secret is asked for (or read
                                                            from stdin / $MAKE_IT_RIGHT_LRS_SECRET)
    make-it-right lrs test        /about and a statement round trip; says what is wrong
    make-it-right lrs send        send every waiting round now
    make-it-right lrs status [--refused]   waiting / sent / refused, and the last problem
    make-it-right lrs forget      remove the stored endpoint and credentials

Exit codes: 0 fine, 1 the LRS or the outbox has a problem, 2 usage or I/O error.
The secret is never printed.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sqlite3
import sys
from pathlib import Path

from game.play.lrs_check import check_connection
from game.play.lrs_config import (
    ENV_SECRET,
    LrsConfig,
    config_path,
    endpoint_problem,
    forget_config,
    load_config,
    save_config,
)
from game.play.lrs_http import LrsClient
from game.play.lrs_send import ROUNDS_PER_BATCH, drain
from game.play.lrs_status import NOT_SET, describe
from game.records.outbox import Outbox
from game.records.xapi import BASE
from game.words import plural

OK, PROBLEM, USAGE = 0, 1, 2


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("lrs", help="send rounds to a Learning Record Store (xAPI)")
    parser.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, help="the folder")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    put = actions.add_parser("set", help="store the LRS endpoint, key and secret")
    put.add_argument("endpoint", help="the LRS's xAPI address, e.g. https://lrs.example.org/xAPI/")
    put.add_argument("--key", required=True, help="the HTTP Basic key (user name)")
    put.add_argument("--base", default=BASE, help=f"your organization's address (default {BASE})")
    actions.add_parser("test", help="check the connection and say what is wrong")
    send = actions.add_parser("send", help="send every waiting round now")
    send.add_argument("--batch", type=int, default=ROUNDS_PER_BATCH, help="rounds per request")
    status = actions.add_parser("status", help="rounds waiting, sent and refused")
    status.add_argument("--refused", action="store_true", help="list the refused statements")
    actions.add_parser("forget", help="remove the stored endpoint and credentials")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    folder = Path(args.data_dir) if getattr(args, "data_dir", None) else None
    action = {"set": _set, "test": _test, "send": _send, "status": _status, "forget": _forget}
    return action[args.action](args, folder)


def _say(text: str) -> None:
    print(f"make-it-right lrs: {text}", file=sys.stderr)


def _set(args: argparse.Namespace, folder: Path | None) -> int:
    problem = endpoint_problem(args.endpoint) or endpoint_problem(args.base)
    if problem:
        _say(problem)
        return USAGE
    secret = _read_secret()
    if not secret:
        _say("no secret given (type it when asked, pipe it in, or set $" + ENV_SECRET + ")")
        return USAGE
    config = LrsConfig(args.endpoint.strip(), args.key, secret, args.base.rstrip("/"))
    try:
        path = save_config(config, folder)
    except OSError as exc:
        _say(f"cannot write {config_path(folder)}: {exc.strerror}")
        return USAGE
    print(f"LRS set: {config.shown}, stored in {path} (readable by you only).")
    print("Run `make-it-right lrs test` to check it.")
    return OK


def _read_secret() -> str:
    if os.environ.get(ENV_SECRET):
        return os.environ[ENV_SECRET]
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass("LRS secret (not shown): ")
    return sys.stdin.readline().strip() if sys.stdin is not None else ""


def _config(folder: Path | None) -> LrsConfig | None:
    config = load_config(folder)
    if config is None:
        _say(NOT_SET + " Set one with `make-it-right lrs set ENDPOINT --key KEY`.")
    return config


def _test(args: argparse.Namespace, folder: Path | None) -> int:
    config = _config(folder)
    if config is None:
        return USAGE
    print(f"Testing {config.shown} ({config.source}):")
    checks = check_connection(config)
    for check in checks:
        print(f"  {'ok  ' if check.passed else 'FAIL'}  {check.text}")
    return OK if all(c.passed for c in checks) else PROBLEM


def _send(args: argparse.Namespace, folder: Path | None) -> int:
    config = _config(folder)
    if config is None:
        return USAGE
    outbox = _outbox(folder)
    if outbox is None:
        print("No round has been recorded yet: nothing to send.")
        return OK
    try:
        with outbox, LrsClient(config) as client:
            client.negotiate()
            result = drain(outbox, client, max(1, args.batch))
            status = outbox.status()
    except sqlite3.Error as exc:  # e.g. the game holds the file longer than we wait
        _say(f"the records could not be used ({exc}); nothing is lost, try again")
        return PROBLEM
    print(f"Sent {plural(result.rounds, 'round')} ({plural(result.statements, 'statement')}).")
    for rejected in result.rejected:
        print(
            f"  set aside {rejected.statement_id} (round {rejected.round_uid}): {rejected.message}"
        )
    if result.problem:
        print(f"Stopped: {result.problem}. {plural(status.waiting, 'round')} still waiting.")
        return PROBLEM
    return OK


def _status(args: argparse.Namespace, folder: Path | None) -> int:
    config = load_config(folder)
    outbox = _outbox(folder)
    status = None
    if outbox is not None:
        with outbox:
            status = outbox.status()
            refused = outbox.rejections() if args.refused else []
    for line in describe(status, config):
        print(line)
    if args.refused and outbox is not None:
        for item in refused:
            print(f"  {item.statement_id} (round {item.round_uid}): {item.message}")
    return PROBLEM if status is not None and (status.permanent or status.rejected) else OK


def _forget(args: argparse.Namespace, folder: Path | None) -> int:
    if forget_config(folder):
        print(f"Removed {config_path(folder)}; rounds are no longer sent.")
    else:
        print("No LRS was stored.")
    return OK


def _outbox(folder: Path | None) -> Outbox | None:
    try:
        return Outbox.open(folder)
    except sqlite3.Error as exc:
        _say(f"the records cannot be opened ({exc})")
        return None
