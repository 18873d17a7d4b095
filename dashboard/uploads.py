"""Articles added from the dashboard: kept under data/raw/uploads/, then loaded by the same ETL.

No Streamlit here. Limits keep one upload from filling the disk or the warehouse: files per upload, bytes per
file, and for zips the number of entries and their unpacked size; names never leave the upload folder.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePosixPath

from etl.reading import SUFFIXES

MAX_FILES = 50
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_ZIP_ENTRIES = 2000
MAX_ZIP_UNPACKED = 200 * 1024 * 1024
ACCEPTED = sorted(s.lstrip(".") for s in SUFFIXES) + ["zip"]


class UploadError(ValueError):
    """An upload past the limits; the message says which."""


@dataclass
class Saved:
    folder: Path
    files: list[Path]
    skipped: list[str]  # names not saved, with the reason


def _safe_name(name: str) -> str | None:
    parts = [p for p in PurePosixPath(name.replace("\\", "/")).parts if p not in ("", ".", "..", "/")]
    if not parts or any(p.startswith(".") for p in parts):
        return None
    return "/".join(parts)


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
    for name, data in files:
        safe = _safe_name(name)
        if safe is None:
            skipped.append(f"{name}: not a usable file name")
            continue
        if safe.lower().endswith(".zip"):
            saved += _unzip(data, folder / Path(safe).stem, skipped, name)
            continue
        target = folder / Path(safe).name
        target.write_bytes(data)  # kept whatever its type: the ETL rejects what it cannot read, with a reason
        saved.append(target)
    return Saved(folder, saved, skipped)


def _unzip(data: bytes, folder: Path, skipped: list[str], label: str) -> list[Path]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        skipped.append(f"{label}: not a readable zip file")
        return []
    entries = [i for i in archive.infolist() if not i.is_dir()]
    if len(entries) > MAX_ZIP_ENTRIES:
        raise UploadError(f"{label}: {len(entries)} files inside (at most {MAX_ZIP_ENTRIES})")
    if sum(i.file_size for i in entries) > MAX_ZIP_UNPACKED:
        raise UploadError(f"{label}: unpacks to more than {MAX_ZIP_UNPACKED // 1024**2} MB")
    out = []
    for info in entries:
        safe = _safe_name(info.filename)
        if safe is None or info.file_size > MAX_FILE_BYTES:
            skipped.append(f"{label}/{info.filename}: skipped (name or size)")
            continue
        target = folder / safe
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(archive.read(info))
        out.append(target)
    return out
