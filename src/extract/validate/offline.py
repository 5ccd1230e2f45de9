"""Make Great Expectations' Data Docs open offline: their pages load Bootstrap, jQuery, fonts and a
logo from CDNs, so offline they render unstyled and opening them contacts outside hosts. The GX
package ships none of those files (only its own stylesheet), so the external tags are removed and a
small inline stylesheet stands in for Bootstrap's layout; the GX stylesheet's remote logo goes too."""
from __future__ import annotations

import re
from pathlib import Path

from ..fileio import write_atomic

#: a URL that leaves the folder: http(s)://, protocol-relative //, or another scheme's absolute URL
EXTERNAL = r"(?:https?:)?//"
_TAG_WITH_EXTERNAL = re.compile(
    rf"""<script\b[^>]*\bsrc\s*=\s*["']?{EXTERNAL}[^>]*>\s*</script\s*>"""
    rf"""|<(?:link|img|iframe|source)\b[^>]*\b(?:href|src)\s*=\s*["']?{EXTERNAL}[^>]*/?>""",
    re.IGNORECASE | re.DOTALL)
_EXTERNAL_ATTR = re.compile(rf"""\s(?:href|src|action)\s*=\s*(["']){EXTERNAL}.*?\1""", re.IGNORECASE | re.DOTALL)
_CSS_URL = re.compile(rf"""url\(\s*["']?{EXTERNAL}[^)]*\)""", re.IGNORECASE)
#: what is scanned for (a test scans every published report file with the same pattern)
FINDS_EXTERNAL = re.compile(rf"""(?:\b(?:src|href|action)\s*=\s*["']?{EXTERNAL})|(?:url\(\s*["']?{EXTERNAL})""",
                            re.IGNORECASE)

# the little of Bootstrap's layout the pages need to read well, and the two status icons (Font Awesome's) as text
_STYLE = """<style id="offline">
body{font-family:system-ui,-apple-system,"Hiragino Sans","Noto Sans CJK JP",sans-serif;margin:0;color:#222}
.container-fluid{padding:1rem 2rem}.row{display:flex;flex-wrap:wrap;gap:1rem}.col-md-2,.col-md-10,.col-12{flex:1 1 auto}
.col-md-2{max-width:16rem}nav,.navbar{background:#f3f3f3;padding:.5rem 2rem;display:flex;gap:1rem;align-items:center}
table{border-collapse:collapse;margin:.5rem 0;font-size:.9rem}
th,td{border:1px solid #ccc;padding:.3rem .6rem;text-align:left;vertical-align:top}
th{background:#f3f3f3}.card{border:1px solid #ddd;border-radius:4px;margin:.5rem 0;padding:.5rem}.card-header{font-weight:600}
.text-danger{color:#b00020}.text-success{color:#0a7a2f}.badge{padding:.1rem .4rem;border-radius:3px;background:#eee}
.d-none,.sr-only{display:none}.collapse:not(.show){display:block}ul{margin:.2rem 0}
.fa-check-circle::before{content:"\\2713";color:#0a7a2f;font-style:normal}.fa-times::before{content:"\\2717";color:#b00020;font-style:normal}
</style>"""


def offline_html(text: str) -> str:
    """An HTML page with no external script, stylesheet, image or link, and the offline stylesheet."""
    text = _TAG_WITH_EXTERNAL.sub("", text)
    text = _EXTERNAL_ATTR.sub("", text)
    text = _CSS_URL.sub("none", text)
    if "<style id=\"offline\">" not in text:
        text = re.sub(r"</head\s*>", _STYLE + "</head>", text, count=1, flags=re.IGNORECASE)
    return text


def index_section(folder: Path) -> str:
    """The Data Docs index as plain links (GX fills its index table with Bootstrap-Table's script,
    which is not there offline): every validation page, newest run first."""
    import html

    pages = sorted(Path(folder).glob("validations/*/*/*/*.html"), key=lambda p: (p.parts[-3], p.parts[-4]), reverse=True)
    rows = "".join(f"<tr><td>{html.escape(p.parts[-4])}</td><td>{html.escape(p.parts[-3])}</td>"
                   f"<td><a href=\"{html.escape(p.relative_to(folder).as_posix())}\">{html.escape(p.parts[-2])}</a></td></tr>"
                   for p in pages)
    return ("<section id=\"offline-index\"><h2>Validation results</h2><table><tr><th>table</th><th>run</th>"
            f"<th>validated at</th></tr>{rows}</table></section>")


def make_offline(folder: Path) -> list[Path]:
    """Rewrite every HTML and CSS file under `folder` that refers to an outside URL, and list the
    validation pages in plain HTML on the index; returns the files changed."""
    folder = Path(folder)
    index = folder / "index.html"
    if index.is_file():
        text = re.sub(r"<section id=\"offline-index\">.*?</section>", "", index.read_text(encoding="utf-8"), flags=re.DOTALL)
        text = re.sub(r"(<body[^>]*>)", lambda m: m.group(1) + index_section(folder), text, count=1, flags=re.IGNORECASE)
        write_atomic(index, offline_html(text).encode("utf-8"))
    changed = []
    for path in sorted(Path(folder).rglob("*")):
        if path.suffix.lower() not in (".html", ".htm", ".css") or not path.is_file() or path.is_symlink():
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        new = _CSS_URL.sub("none", text) if path.suffix.lower() == ".css" else offline_html(text)
        if new != text:
            write_atomic(path, new.encode("utf-8"))
            changed.append(path)
    return changed
