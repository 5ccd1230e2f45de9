"""A workbook sheet's zip member as independently compressed chunks (issue 25), so the next workbook copies an
unchanged chunk's compressed bytes as they are instead of decompressing the last sheet and compressing it again.

A chunk is a run of deck segments (`chunks_of`), compressed by a compressor of its own and ended by a sync flush:
its bytes begin on a byte boundary and refer to nothing before them, so compressed chunks laid one after the
other, closed by an empty final block, are one valid deflate stream whatever chunks they sit beside. The member's
CRC-32 is put together from the chunks' own (`crc32_combine`, zlib's), so a copied chunk is never read
uncompressed. The sheet's XML is the same bytes a whole write gives; only the compressed bytes differ from
one stream's."""
from __future__ import annotations

import struct
import zlib
from collections.abc import Iterator
from functools import lru_cache
from typing import IO, Any

#: a segment ends its chunk when its digest's first hex digits fall to 0 modulo this (about one segment in
#: CHUNK_EVERY): chosen by content, so a changed deck changes its own chunk and no other
CHUNK_EVERY = 64
#: a chunk never holds more segments than this (a long run of segments none of which ends a chunk)
CHUNK_MAX = 512
#: an empty final block (fixed Huffman codes), which ends the member's deflate stream
_FINAL_BLOCK = b"\x03\x00"
_POLY = 0xEDB88320
_LEVEL = 1  # the workbook's compression level (as `zipfile` compressed its members)


def chunks_of(segs: list[Any]) -> Iterator[list[Any]]:
    """The segments in chunks, each ended by a segment whose digest says so (or by the last one)."""
    chunk: list[Any] = []
    for s in segs:
        chunk.append(s)
        if int(s.digest[:6], 16) % CHUNK_EVERY == 0 or len(chunk) >= CHUNK_MAX:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _multmodp(a: int, b: int) -> int:
    """a times b modulo the CRC-32 polynomial (bit-reversed, zlib's `multmodp`)."""
    m, p = 1 << 31, 0
    while True:
        if a & m:
            p ^= b
            if a & (m - 1) == 0:
                return p
        m >>= 1
        b = (b >> 1) ^ _POLY if b & 1 else b >> 1


@lru_cache(maxsize=1)
def _x2n_table() -> tuple[int, ...]:
    p, out = 1 << 30, []
    for _ in range(32):
        out.append(p)
        p = _multmodp(p, p)
    return tuple(out)


def crc32_combine(crc1: int, crc2: int, len2: int) -> int:
    """The CRC-32 of A + B from A's (`crc1`), B's (`crc2`) and B's length (zlib's `crc32_combine`)."""
    table, p, k = _x2n_table(), 1 << 31, 3
    while len2:
        if len2 & 1:
            p = _multmodp(table[k & 31], p)
        len2 >>= 1
        k += 1
    return _multmodp(p, crc1) ^ crc2


def compress_chunk(body: bytes) -> bytes:
    """`body` deflated on its own, ended on a byte boundary (not final): a piece of any member's stream."""
    c = zlib.compressobj(_LEVEL, zlib.DEFLATED, -15)
    return c.compress(body) + c.flush(zlib.Z_SYNC_FLUSH)


class _Final:
    """What `zipfile` flushes at the member's close: the final block (the chunks are compressed already)."""

    @staticmethod
    def flush() -> bytes:
        return _FINAL_BLOCK


class ChunkedMember:
    """A zip member written as chunks: `fresh` compresses one, `copy` writes one compressed before. Over
    `zipfile`'s writer of a deflated member (its size, CRC and header are set from these at its close)."""

    def __init__(self, w: Any) -> None:
        self.w = w
        w._compressor = _Final()  # zipfile's own counters are kept here; it writes the final block at close
        self.at = 0  # compressed bytes written so far (a chunk's offset in the member's data)

    def fresh(self, body: bytes) -> list[int]:
        """`body` as a chunk of its own: [length, offset, compressed length, CRC-32] of the chunk."""
        crc = zlib.crc32(body)
        return self._put(compress_chunk(body), len(body), crc, zlib.crc32(body, self.w._crc))

    def copy(self, raw: bytes | memoryview, length: int, crc: int) -> list[int]:
        """A chunk compressed before (`length` bytes and CRC `crc` uncompressed), its bytes as they are."""
        return self._put(raw, length, crc, crc32_combine(self.w._crc, crc, length) if self.w._file_size else crc)

    def _put(self, raw: bytes | memoryview, length: int, crc: int, running: int) -> list[int]:
        w = self.w
        w._fileobj.write(raw)
        w._crc = running
        w._file_size += length
        w._compress_size += len(raw)
        self.at += len(raw)
        return [length, self.at - len(raw), len(raw), crc]


def member_data(f: IO[bytes], info: Any) -> int:
    """Where a zip member's data begins in the file (after its local header, whose extra field may differ
    from the central directory's)."""
    f.seek(info.header_offset)
    head = f.read(30)
    name_len, extra_len = struct.unpack("<HH", head[26:30])
    return int(info.header_offset) + 30 + name_len + extra_len
