"""Python's msgpack on the other side of the interop tests.

Reads one JSON request on stdin and writes one JSON answer on stdout. Values travel in the "spec" form that
tests/Messaging.Tests/Infrastructure/Spec.cs documents: ["int", "-129"], ["str", "text"], ["array", [...]], ...

  unpack  {"documents": [base64, ...], "timestamp": 0 | 3}
          -> [spec, ...]: each document decoded with msgpack.unpackb and described
  pack    {"values": [spec, ...]}
          -> [hex, ...]: each value built as a Python object and encoded with msgpack.packb
  check   {"cases": [{"document": base64, "expected": typed}, ...]}
          -> [[difference, ...], ...]: each document decoded with msgpack.unpackb(timestamp=3) and compared
             with a typed expectation the way a Python consumer reads it (see compare)

Besides the spec families, pack builds ["uuid", text] as str(uuid.UUID(text)), ["uuid_bytes", text] as
uuid.UUID(text).bytes and ["decimal", text] as str(decimal.Decimal(text)): what Python producers send.

Exit code 3 means msgpack is not importable: the C# side turns that into a failing test with this message.
"""

import base64
import datetime
import decimal
import json
import struct
import sys
import uuid

try:
    import msgpack
except ImportError as error:
    sys.stderr.write(
        f"The Python package msgpack is not importable by {sys.executable} ({error}). "
        "Install it with 'apt-get install python3-msgpack'; CI installs it before running the tests.\n"
    )
    sys.exit(3)


class Pairs(list):
    """A decoded map, kept as its (key, value) pairs in wire order so nothing is merged or reordered."""


def describe(value):
    if value is None:
        return ["nil"]
    if isinstance(value, bool):  # before int: bool is an int in Python
        return ["bool", value]
    if isinstance(value, int):
        return ["int", str(value)]
    if isinstance(value, float):
        return ["float64", struct.pack(">d", value).hex()]
    if isinstance(value, str):
        return ["str", value]
    if isinstance(value, bytes):
        return ["bin", value.hex()]
    if isinstance(value, Pairs):
        return ["map", [[describe(k), describe(v)] for k, v in value]]
    if isinstance(value, list):
        return ["array", [describe(item) for item in value]]
    if isinstance(value, msgpack.Timestamp):
        return ["ts", str(value.seconds), value.nanoseconds]
    if isinstance(value, datetime.datetime):
        return ["datetime", value.isoformat()]
    if isinstance(value, msgpack.ExtType):
        return ["ext", value.code, value.data.hex()]
    raise TypeError(f"cannot describe {type(value).__name__}: {value!r}")


def build(spec):
    kind = spec[0]
    if kind == "nil":
        return None
    if kind == "bool":
        return spec[1]
    if kind == "int":
        return int(spec[1])
    if kind == "float64":
        return struct.unpack(">d", bytes.fromhex(spec[1]))[0]
    if kind == "str":
        return spec[1]
    if kind == "bin":
        return bytes.fromhex(spec[1])
    if kind == "array":
        return [build(item) for item in spec[1]]
    if kind == "map":
        return {build(key): build(value) for key, value in spec[1]}
    if kind == "ext":
        return msgpack.ExtType(spec[1], bytes.fromhex(spec[2]))
    if kind == "ts":
        return msgpack.Timestamp(int(spec[1]), spec[2])
    if kind == "datetime":  # an aware datetime, packed through datetime=True
        return datetime.datetime.fromisoformat(spec[1])
    if kind == "uuid":
        return str(uuid.UUID(spec[1]))
    if kind == "uuid_bytes":
        return uuid.UUID(spec[1]).bytes
    if kind == "decimal":
        return str(decimal.Decimal(spec[1]))
    raise ValueError(f"cannot build {spec!r}")


def has_float32(spec):
    kind = spec[0]
    if kind == "float32":
        return True
    if kind == "array":
        return any(has_float32(item) for item in spec[1])
    if kind == "map":
        return any(has_float32(key) or has_float32(value) for key, value in spec[1])
    return False


def encode(spec):
    if not has_float32(spec):
        return msgpack.packb(build(spec), use_bin_type=True, datetime=True)
    # packb's use_single_float applies to a whole call, so a float32 next to float64 values needs its
    # collection encoded element by element; the headers still come from msgpack's Packer.
    kind = spec[0]
    if kind == "array":
        items = spec[1]
        return msgpack.Packer().pack_array_header(len(items)) + b"".join(encode(item) for item in items)
    if kind == "map":
        entries = spec[1]
        return msgpack.Packer().pack_map_header(len(entries)) + b"".join(encode(k) + encode(v) for k, v in entries)
    return msgpack.packb(struct.unpack(">f", bytes.fromhex(spec[1]))[0], use_single_float=True)


def compare(value, expected, path, differences):
    """Compares a decoded value with a typed expectation, parsing strings the way a Python consumer would.

    ["nil"], ["bool", b], ["int", text], ["float64", hex bits], ["str", text], ["bytes", hex],
    ["uuid", text]: a str that uuid.UUID parses to the same UUID and that is already in its canonical form,
    ["decimal", text]: a str that decimal.Decimal parses to the same sign, digits and exponent (the scale is kept),
    ["datetime", iso]: an aware datetime in UTC (timestamp=3) equal to datetime.fromisoformat(iso),
    ["list", [typed, ...]], ["dict", [[key, typed], ...]] with str or int keys.
    """
    kind = expected[0]

    def differ(message):
        differences.append(f"{path}: {message}")

    if kind == "nil":
        if value is not None:
            differ(f"expected None, found {value!r}")
    elif kind == "bool":
        if value is not expected[1]:
            differ(f"expected {expected[1]!r}, found {value!r}")
    elif kind == "int":
        if type(value) is not int or value != int(expected[1]):
            differ(f"expected the int {expected[1]}, found {value!r}")
    elif kind == "float64":
        if type(value) is not float or struct.pack(">d", value).hex() != expected[1]:
            differ(f"expected the float with bits {expected[1]}, found {value!r}")
    elif kind == "str":
        if type(value) is not str or value != expected[1]:
            differ(f"expected the str {expected[1]!r}, found {value!r}")
    elif kind == "bytes":
        if type(value) is not bytes or value.hex() != expected[1]:
            differ(f"expected bytes {expected[1][:64]}, found {value!r:.80}")
    elif kind == "uuid":
        try:
            parsed = uuid.UUID(value) if type(value) is str else None
        except ValueError:
            parsed = None
        if parsed is None:
            differ(f"expected a UUID string, found {value!r}")
        elif parsed != uuid.UUID(expected[1]) or value != str(parsed):
            differ(f"expected UUID {expected[1]} in canonical form, found {value!r}")
    elif kind == "decimal":
        try:
            parsed = decimal.Decimal(value) if type(value) is str else None
        except decimal.InvalidOperation:
            parsed = None
        if parsed is None:
            differ(f"expected a decimal string, found {value!r}")
        elif parsed.as_tuple() != decimal.Decimal(expected[1]).as_tuple():
            differ(f"expected Decimal({expected[1]!r}), found Decimal({value!r})")
    elif kind == "datetime":
        if not isinstance(value, datetime.datetime):
            differ(f"expected a datetime, found {value!r}")
        elif value.utcoffset() != datetime.timedelta(0):
            differ(f"expected a UTC datetime, found {value.isoformat()}")
        elif value != datetime.datetime.fromisoformat(expected[1]):
            differ(f"expected {expected[1]}, found {value.isoformat()}")
    elif kind == "list":
        items = expected[1]
        if type(value) is not list:
            differ(f"expected a list, found {value!r:.80}")
        elif len(value) != len(items):
            differ(f"expected {len(items)} items, found {len(value)}")
        else:
            for index, (item, expected_item) in enumerate(zip(value, items)):
                compare(item, expected_item, f"{path}[{index}]", differences)
    elif kind == "dict":
        entries = expected[1]
        if type(value) is not dict:
            differ(f"expected a dict, found {value!r:.80}")
        elif sorted(map(repr, value)) != sorted(repr(key) for key, _ in entries):
            differ(f"expected the keys {sorted(repr(key) for key, _ in entries)}, found {sorted(map(repr, value))}")
        else:
            for key, expected_value in entries:
                compare(value[key], expected_value, f"{path}[{key!r}]", differences)
    else:
        raise ValueError(f"cannot compare with {expected!r}")


def check(request):
    answers = []
    for case in request["cases"]:
        value = msgpack.unpackb(base64.b64decode(case["document"]), raw=False, timestamp=3, strict_map_key=False)
        differences = []
        compare(value, case["expected"], "$", differences)
        answers.append(differences)
    return answers


def unpack(request):
    timestamp = request.get("timestamp", 0)
    return [
        describe(msgpack.unpackb(base64.b64decode(document), raw=False, timestamp=timestamp,
                                 strict_map_key=False, object_pairs_hook=Pairs))
        for document in request["documents"]
    ]


def pack(request):
    return [encode(spec).hex() for spec in request["values"]]


def main():
    command = sys.argv[1]
    request = json.load(sys.stdin)
    answer = {"unpack": unpack, "pack": pack, "check": check}[command](request)
    # json.dumps, not json.dump: only the one-shot call uses the C encoder, and the answers run to megabytes.
    sys.stdout.write(json.dumps(answer))


if __name__ == "__main__":
    main()
