from kinds import amt, cnt, pct, trap, traps

DOC = "obunsha_h27_kokuritsu_unei_kofukin"
# 旺文社 教育情報センター's digest of the year before, `27 年度 国立大学法人運営費交付金`, one line (headline glued to the
# story). Era-less years (`27 年度`, `26 年度`, `27 年 5 月`): no mentions, fy 2015 (fresh11b, fresh12d). Rows: the
# programme's budget `総額1兆 945 億円` (the headline's identical `1兆 945 億円` the same row's text: one text, one row,
# fresh4), its part `「一般運営費交付金」9,020 億円(同 110 億円減)` (previous not written: null), and the aggregate
# `一般経費は 1 兆 2,939 億円` (ambiguous, as h28's 基幹経費). Traps: each university's share (headline `東京大 803.4 億円`,
# `京都大 530.9 億円`, story `803 億 3,824 万円` …: `support`), the 90 bodies' 予算規模 `2 兆 4,650 億円` (`budget`),
# the revenues `授業料及び入学検定料の収入 3,666 億円`, `雑収入 253 億円` (`other`: the income side, fresh13c), changes
# (`60 億円減`, `177 億円` twice, `118 億円`, `115 億円`, `16 億円`, `11 億円`, `110 億円`: `other`). `0.9%減` a percent 0.9.
B, O, S, FY = "budget", "other", "support", 2015
R = ("one university's share of the year's 運営費交付金", "a per-recipient size, not a programme")
T = ("the 90 bodies' whole budget (予算規模(事業費))", "a total of a field, not one programme's budget")
C = ("a change against the year before", "a change, not a budget")
V = ("a revenue line of the 90 bodies' budget (授業料等 / 雑収入)", "the income side, not a programme's budget")


def t(text: str, v: int, role: str, why: tuple[str, str]) -> dict:
    return trap(amt(1, text, v, role=role, fy=FY), *why)


M = [
    t("803.4 億円", 80340000000, S, R), t("530.9 億円", 53090000000, S, R),
    cnt(1, "86 大学", 86, "大学"), cnt(1, "4研究機構", 4, "研究機構"), amt(1, "1兆 945 億円", 1094500000000, role=B, fy=FY),
    t("60 億円", 6000000000, O, C), t("177 億円", 17700000000, O, C), pct(1, "1.6%", 1.6),
    t("803 億 3,824 万円", 80338240000, S, R), t("530 億 9,028 万円", 53090280000, S, R),
    t("455 億 8,875 万円", 45588750000, S, R),
    cnt(1, "86 大学", 86, "大学"), cnt(1, "4研究機構", 4, "研究機構"), cnt(1, "90 法人", 90, "法人"),
    amt(1, "1兆 945 億円", 1094500000000, role=B, fy=FY),
    amt(1, "177 億円", 17700000000, role=O, fy=FY), pct(1, "1.6%", 1.6),
    cnt(1, "82 大学", 82, "大学"), cnt(1, "4 大学院大学", 4, "大学院大学"), cnt(1, "4 研究機構", 4, "研究機構"),
    cnt(1, "90 法人", 90, "法人"), t("2 兆 4,650 億円", 2465000000000, B, T), t("118 億円", 11800000000, O, C),
    pct(1, "0.5%", 0.5), cnt(1, "90 法人", 90, "法人"), cnt(1, "4 項目", 4, "項目"),
    amt(1, "1 兆 2,939 億円", 1293900000000, role=B, fy=FY), t("115 億円", 11500000000, O, C), pct(1, "0.9%", 0.9),
    t("3,666 億円", 366600000000, O, V), t("16 億円", 1600000000, O, C), t("253 億円", 25300000000, O, V),
    t("11 億円", 1100000000, O, C), amt(1, "9,020 億円", 902000000000, role=B, fy=FY), t("110 億円", 11000000000, O, C),
]
MX = "文部科学省"
ROWS = [
    dict(line=1, text="1兆 945 億円", budget_yen=1094500000000, fy=FY, program="国立大学法人運営費交付金",
         aliases=["国立大学運営費交付金"], role=B,
         ministry=MX, why="`27 年度の国立大学法人運営費交付金は…総額1兆 945 億円交付` (the headline repeats it)"),
    dict(line=1, text="1 兆 2,939 億円", budget_yen=1293900000000, fy=FY, program="一般経費 (国立大学法人等)", role=B,
         ambiguous=True, why="the 90 bodies' base expense class of the year `27 年度の一般経費は N円`: an aggregate class"),
    dict(line=1, text="9,020 億円", budget_yen=902000000000, fy=FY, program="一般運営費交付金 (国立大学法人運営費交付金)",
         role=B, ministry=MX, why="the named part `「一般運営費交付金」N円` of the year's grant (fresh11a's 一般運営費交付金等)"),
]
NOT_ROWS = traps(M)
