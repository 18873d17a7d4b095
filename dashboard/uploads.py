"""Articles added from the dashboard: kept under data/raw/uploads/, then loaded by the same ETL.

No Streamlit here. Limits keep one upload from filling the disk or the warehouse: files per upload, bytes per
file, and for zips the number of entries and their unpacked size, counted while unpacking (an archive may
declare any size it likes), a piece at a time (no entry is ever held whole in memory). Names never leave the
upload folder, and a name that cannot be written as it is (a link, a NUL, a name too long, a file where a
folder must go, a second file of the same name) is not written: it is listed with its reason, and nothing
already saved is overwritten.
"""

from __future__ import annotations

import io
import shutil
import stat
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePosixPath

from etl.reading import SUFFIXES

MAX_FILES = 50
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_ZIP_ENTRIES = 2000
MAX_ZIP_UNPACKED = 200 * 1024 * 1024
MAX_NAME_BYTES = 255  # one name in a path, on the file systems an office uses (ext4, NTFS, APFS)
CHUNK = 64 * 1024  # unpacked and written a piece at a time
ACCEPTED = sorted(s.lstrip(".") for s in SUFFIXES) + ["zip"]


class UploadError(ValueError):
    """An upload past the limits; the message says which."""


class Refused(ValueError):
    """One file of an upload not written; the message is the reason, shown beside its name."""


@dataclass
class Saved:
    folder: Path
    files: list[Path]
    skipped: list[str]  # names not saved, with the reason


def usable_name(name: str) -> str:
    """The name as a path inside the upload folder ("a/b.txt"), or Refused with the reason it cannot be one."""
    parts = [p for p in PurePosixPath(name.replace("\\", "/")).parts if p not in ("", ".", "..", "/")]
    if not parts or any(p.startswith(".") for p in parts):
        raise Refused("not a usable file name (empty or hidden)")
    if any(ord(c) < 32 or ord(c) == 127 for c in name):
        raise Refused("a control character (such as NUL) in the name")
    if any(len(p.encode("utf-8")) > MAX_NAME_BYTES for p in parts):
        raise Refused(f"a name longer than {MAX_NAME_BYTES} bytes")
    return "/".join(parts)


def _write(folder: Path, relative: str, chunks: Iterator[bytes]) -> Path:
    """Write a new file at folder/relative from its pieces; never over a file or folder already there."""
    target = folder / relative
    for parent in reversed(target.relative_to(folder).parents[:-1]):  # each folder on the way, outermost first
        place = folder / parent
        if place.exists() and not place.is_dir():
            raise Refused(f"'{parent.as_posix()}' is a file of this upload, not a folder")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        # exclusive: a file or folder of that name already here is never replaced
        with open(target, "xb") as out:
            try:
                for chunk in chunks:
                    out.write(chunk)
            except BaseException:
                target.unlink(missing_ok=True)  # a file cut short is not kept
                raise
    except FileExistsError:
        raise Refused("another file of this upload has the same name") from None
    except OSError as exc:  # the disk full, a name the file system refuses: the file was not kept
        raise Refused(f"cannot be written ({exc.strerror or type(exc).__name__})") from None
    return target


def save_uploads(files: list[tuple[str, bytes]], raw_dir: Path, author: str = "dashboard") -> Saved:
    """Write uploaded (name, content) pairs into a new folder under raw_dir/uploads/, unpacking zips."""
    if len(files) > MAX_FILES:
        raise UploadError(f"too many files: {len(files)} (at most {MAX_FILES} per upload)")
    for name, data in files:
        if len(data) > MAX_FILE_BYTES:
            raise UploadError(f"{name}: {len(data) / 1024**2:.0f} MB (at most {MAX_FILE_BYTES // 1024**2} MB a file)")
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    folder = raw_dir / "uploads" / f"{stamp}-{''.join(c for c in author if c.isalnum())[:30] or 'user'}"
    folder.mkdir(parents=True, exist_ok=False)
    saved: list[Path] = []
    skipped: list[str] = []
    try:
        for name, data in files:
            try:
                safe = usable_name(name)
                if safe.lower().endswith(".zip"):
                    saved += _unzip(data, folder, PurePosixPath(safe).stem, skipped, name)
                    continue
                # kept whatever its type: the ETL rejects what it cannot read, with a reason
                saved.append(_write(folder, PurePosixPath(safe).name, iter([data])))
            except Refused as exc:
                skipped.append(f"{name!r}: {exc}")
    except UploadError:
        shutil.rmtree(folder, ignore_errors=True)  # an upload refused whole leaves nothing behind
        raise
    return Saved(folder, saved, skipped)


def _is_link(info: zipfile.ZipInfo) -> bool:
    return stat.S_ISLNK(info.external_attr >> 16)


def _unpacked(archive: zipfile.ZipFile, info: zipfile.ZipInfo, total: list[int], label: str) -> Iterator[bytes]:
    """The entry's bytes a piece at a time, counted as they come: past a file's limit the entry is refused,
    past the archive's the whole upload is."""
    written = 0
    with archive.open(info) as entry:
        while chunk := entry.read(CHUNK):
            written += len(chunk)
            total[0] += len(chunk)
            if total[0] > MAX_ZIP_UNPACKED:
                raise UploadError(f"{label}: unpacks to more than {MAX_ZIP_UNPACKED // 1024**2} MB")
            if written > MAX_FILE_BYTES:
                raise Refused(f"unpacks to more than {MAX_FILE_BYTES // 1024**2} MB")
            yield chunk


def _unzip(data: bytes, folder: Path, into: str, skipped: list[str], label: str) -> list[Path]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise Refused("not a readable zip file") from None
    entries = [i for i in archive.infolist() if not i.is_dir()]
    if len(entries) > MAX_ZIP_ENTRIES:
        raise UploadError(f"{label}: {len(entries)} files inside (at most {MAX_ZIP_ENTRIES})")
    if sum(i.file_size for i in entries) > MAX_ZIP_UNPACKED:  # what it declares: refused before unpacking a byte
        raise UploadError(f"{label}: unpacks to more than {MAX_ZIP_UNPACKED // 1024**2} MB")
    out = []
    total = [0]  # bytes unpacked from this archive so far, whatever its entries declare
    for info in entries:
        try:
            if _is_link(info):
                raise Refused("a link, not a file")
            if info.file_size > MAX_FILE_BYTES:
                raise Refused(f"unpacks to more than {MAX_FILE_BYTES // 1024**2} MB")
            out.append(_write(folder, f"{into}/{usable_name(info.filename)}", _unpacked(archive, info, total, label)))
        except Refused as exc:
            skipped.append(f"{label}/{info.filename!r}: {exc}")
        except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError) as exc:
            # a damaged entry, one whose bytes are not what it declares, an unknown method, a password
            skipped.append(f"{label}/{info.filename!r}: damaged or unreadable entry ({type(exc).__name__})")
    return out
