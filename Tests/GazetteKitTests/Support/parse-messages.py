#!/usr/bin/env python3
"""Parses .eml files with Python's own email package, an implementation independent of Gazette's, and
prints what the tests check as JSON: decoded headers, the parts in order with their decoded text, and
facts about the raw bytes (longest line, bare LF).
usage: parse-messages.py FILE_OR_FOLDER...
"""
import email
import email.policy
import json
import os
import sys


def describe(path):
    raw = open(path, "rb").read()
    message = email.message_from_bytes(raw, policy=email.policy.default)
    header_block = raw.split(b"\r\n\r\n", 1)[0]
    raw_headers = {}
    for line in header_block.split(b"\r\n"):
        if line[:1] in (b" ", b"\t"):
            continue
        name, _, value = line.partition(b":")
        raw_headers.setdefault(name.decode("ascii", "replace").lower(), []).append(value.strip().decode("ascii", "replace"))
    parts = []
    for part in message.iter_parts() if message.is_multipart() else [message]:
        parts.append({
            "type": part.get_content_type(),
            "charset": part.get_content_charset(),
            "encoding": part.get("Content-Transfer-Encoding"),
            "content": part.get_content(),
        })
    to = message["To"]
    return {
        "file": os.path.basename(path),
        "subject": str(message["Subject"]),
        "to_address": to.addresses[0].addr_spec if to else None,
        "to_name": to.addresses[0].display_name if to else None,
        "from_address": message["From"].addresses[0].addr_spec,
        "from_name": message["From"].addresses[0].display_name,
        "headers": {name.lower(): str(value) for name, value in message.items()},
        "raw_headers": raw_headers,
        "content_type": message.get_content_type(),
        "parts": parts,
        "longest_line": max(len(line) for line in raw.split(b"\r\n")),
        "bare_lf": b"\n" in raw.replace(b"\r\n", b""),
        "defects": [str(defect) for defect in message.defects],
    }


paths = []
for argument in sys.argv[1:]:
    if os.path.isdir(argument):
        paths += sorted(os.path.join(argument, name) for name in os.listdir(argument) if name.endswith(".eml"))
    else:
        paths.append(argument)
json.dump([describe(path) for path in paths], sys.stdout, ensure_ascii=False)
