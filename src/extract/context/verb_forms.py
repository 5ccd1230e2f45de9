"""How a verb of the dictionaries may be written: with its okurigana left out between two kanji (`盛り込` -> `盛込`,
`積み立` -> `積立`, `振り向け` -> `振向け`), as many writers do; a list word is matched in either form."""
from __future__ import annotations

import re
from functools import lru_cache

#: okurigana between two kanji of a compound verb (`盛り込`, `積み立`, `振り向`)
_OKURIGANA = re.compile(r"(?<=[\u4e00-\u9fff])[\u3041-\u3093](?=[\u4e00-\u9fff])")


@lru_cache(maxsize=8)
def spellings(verbs: tuple[str, ...]) -> tuple[str, ...]:
    """The verbs and each one's spelling without the okurigana between its kanji (`盛り込` -> `盛込`)."""
    return tuple(dict.fromkeys((*verbs, *(_OKURIGANA.sub("", v) for v in verbs))))
