"""The draw of the fresh fuji_r6 pages (run once; kept so the draw can be checked)."""
import random

r = random.Random(2026)
dev = {34, 63, 90, 270, 404, 489, 535}
meisai = [p for p in list(range(28, 175)) + list(range(176, 596)) if p not in dev]
order = r.sample(meisai, len(meisai))  # a shuffle of the 事項別明細書 pages
chosen: list[int] = []
left = right = 0
for p in order:  # take pages in shuffled order; skip one whose side would leave no room for 2 of the other
    is_left = p % 2 == 0
    nl, nr = left + is_left, right + (not is_left)
    if 6 - len(chosen) - 1 < max(0, 2 - nl) + max(0, 2 - nr):
        continue
    chosen.append(p)
    left, right = nl, nr
    if len(chosen) == 6:
        break
# other parts: pages holding a numeric table (blank, title and prose pages and the empty 補正予算整理表 out)
other = list(range(4, 14)) + [21, 22, 23] + list(range(596, 613))
print(sorted(chosen), sorted(r.sample(other, 2)))
