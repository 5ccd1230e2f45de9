from kinds import amt, date, dur, fyr, pct

DOC = "nagasaki_pref_r6_tosho_an"
# 長崎県 (reported by senmonshi.com, a construction trade paper; `大石賢吾知事`, `『新しい長崎県づくりのビジョン』` name the
# prefecture): its 2024年度当初予算案 (every amount fy 2024: `2024年度` fixes the era-less `24年度`, fresh4). The
# all-accounts total and the 一般会計 are budget (traps); `7000億円台` a range 7000億..7999億…円 (other: a level kept
# five years running, not this year's figure; as the GUIDE's `1990年代`); the 公共事業費 (a split by kind of expense,
# fresh4) and its parts by 事業区分 (道路街路事業 …: a breakdown of that split, not named programmes) other, traps; the
# sum with the 経済対策補正 and the increase other. Percents with `・` as the decimal point; `マイナス` / `減` / `増`
# carry the sign (values unsigned). Era-less `24年度`, `23年度` no mentions (fresh4,
# fresh5c); the month-less `13日に会見した` a date 2024-02-13 (fresh2's `A day without its month`: the report's month and
# year; the prefecture announced the 2024年度当初予算案 on 13 February 2024, before the session of the 20th; blind audit:
# first left unlabelled); `5類` a label; `5年連続` a duration (fresh5c); the cut last figure `農業農村事業が6` no mention.
B, O, FY = "budget", "other", 2024
M = [
    amt(1, "9742億1968万4000円", 974219684000, role=B, fy=FY), fyr(1, "2024年度", FY),
    amt(1, "7348億4938万円", 734849380000, role=B, fy=FY), pct(1, "2・2%", 2.2), dur(1, "5年", 5, "year"),
    amt(1, "7000億円", 700000000000, 799999999999, role=O, fy=FY),
    date(2, "13日", "2024-02-13"),
    amt(3, "765億9600万円", 76596000000, role=O, fy=FY), pct(3, "2・7%", 2.7),
    amt(3, "1136億4500万円", 113645000000, role=O, fy=FY), pct(3, "0・7%", 0.7), amt(3, "7億5400万円", 754000000, role=O, fy=FY),
    amt(4, "300億7200万円", 30072000000, role=O, fy=FY), pct(4, "4・7%", 4.7),
    amt(4, "57億2800万円", 5728000000, role=O, fy=FY), pct(4, "8・9%", 8.9),
    amt(4, "92億0200万円", 9202000000, role=O, fy=FY), pct(4, "9・4%", 9.4),
    amt(4, "26億7700万円", 2677000000, role=O, fy=FY), pct(4, "15・2%", 15.2),
    amt(4, "21億0500万円", 2105000000, role=O, fy=FY), pct(4, "16・7%", 16.7),
]
ROWS: list[dict[str, object]] = []
_W = [
    (1, "9742億1968万4000円", "2024年度当初予算案 総額", "all-accounts total"), (1, "7348億4938万円", "一般会計", "account total"),
    (1, "7000億円", "一般会計の水準 (7000億円台)", "a level over years, not this year's figure"),
    (3, "765億9600万円", "公共事業費", "split by kind of expense"),
    (3, "1136億4500万円", "公共事業費 (経済対策補正と合わせて)", "a sum with a supplementary budget"),
    (3, "7億5400万円", "公共事業費の増加", "change"),
    (4, "300億7200万円", "道路街路事業 (公共事業費の事業区分)", "breakdown of a split by kind"),
    (4, "57億2800万円", "港湾事業 (公共事業費の事業区分)", "breakdown of a split by kind"),
    (4, "92億0200万円", "河川・砂防事業 (公共事業費の事業区分)", "breakdown of a split by kind"),
    (4, "26億7700万円", "ダム事業 (公共事業費の事業区分)", "breakdown of a split by kind"),
    (4, "21億0500万円", "住宅・市街地事業 (公共事業費の事業区分)", "breakdown of a split by kind"),
]
NOT_ROWS = [dict(line=ln, text=t, value_yen=next(r["min"] for r in M if r["line"] == ln and r["text"] == t), fy=FY,
                 mention_role=next(r["role"] for r in M if r["line"] == ln and r["text"] == t), what=w, reason=why)
            for ln, t, w, why in _W]
