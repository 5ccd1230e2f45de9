from kinds import amt, cnt, fyr, pct

DOC = "mogami_kouiki_h26_tosho"
# 最上広域市町村圏事務組合 (山形県; its page in 新庄市's 広報 2014年5月号): 平成二十六年度 当初予算と主な事業, ONE line (the
# page flattened; its charts' labels run into the prose). `平成二十六年度当初予算`: every amount FY2014. Kanji numerals
# with `、` as the thousands mark are read as written (fresh2's `五五億二、八六八万七千円`); `八.九%` → 8.9. The 一般会計
# total, the special account's total and the 総額 are budget traps; every change (`…減`, `…増`) other; the changes by
# function (総務費, 公債費, 衛生費, 消防費) other; the chart boxes `総務費主要事業▪事業費 4億3,445万円` and `衛生費…10億
# 6,013万円` are the 款 totals of 総務費 / 衛生費 (the change beside each repeats the prose's 総務費 / 衛生費 change): a
# split by function, other (fresh's `民生費:…`), traps; the revenue chart's items (分担金 … 国庫支出金) other with
# their shares. `最上八市町村` a count of 8 市町村; `二十五周年` an anniversary; `☎二二-二六七四` a phone number;
# `エコプラザもがみ補修工事00万円` is a caption whose leading digits are lost in the flattening (no mention: its value is
# not in the text); the final `8` a page number.
B, O, FY = "budget", "other", 2014
L = 1
M = [
    cnt(L, "八市町村", 8, "市町村"),
    fyr(L, "平成二十六年度", FY),
    amt(L, "三億一、八〇〇万円", 318000000, role=O, fy=FY),
    amt(L, "三二億七、五〇〇万円", 3275000000, role=B, fy=FY),
    amt(L, "三一九万円", 3190000, role=O, fy=FY),
    amt(L, "八四六万円", 8460000, role=B, fy=FY),
    amt(L, "三億二、一一九万七千円", 321197000, role=O, fy=FY),
    pct(L, "八.九%", 8.9),
    amt(L, "三二億八、三四六万六千円", 3283466000, role=B, fy=FY),
    amt(L, "四、二二〇万円", 42200000, role=O, fy=FY),
    amt(L, "二、〇八六万円", 20860000, role=O, fy=FY),
    amt(L, "一億五、五六七万円", 155670000, role=O, fy=FY),
    amt(L, "二億二、〇二四万円", 220240000, role=O, fy=FY),
    amt(L, "4億3,445万円", 434450000, role=O, fy=FY), amt(L, "4,220万円", 42200000, role=O, fy=FY), pct(L, "10.8%", 10.8),
    amt(L, "10億6,013万円", 1060130000, role=O, fy=FY), amt(L, "1億5,567万円", 155670000, role=O, fy=FY),
    pct(L, "12.8%", 12.8),
    amt(L, "28億7,826万円", 2878260000, role=O, fy=FY), pct(L, "88%", 88),
    amt(L, "1億1,698万円", 116980000, role=O, fy=FY), pct(L, "4%", 4),
    amt(L, "5万円", 50000, role=O, fy=FY), pct(L, "0%", 0),
    amt(L, "427万円", 4270000, role=O, fy=FY), pct(L, "0%", 0),
    amt(L, "300万円", 3000000, role=O, fy=FY), pct(L, "0%", 0),
    amt(L, "2億4,720万円", 247200000, role=O, fy=FY), pct(L, "7%", 7),
    amt(L, "2,466万円", 24660000, role=O, fy=FY), pct(L, "1%", 1),
    amt(L, "58万円", 580000, role=O, fy=FY), pct(L, "0%", 0),
    fyr(L, "平成二十六年度", FY),
]
_W = [
    ("三億一、八〇〇万円", "一般会計 前年度当初予算に比べ減", "change"),
    ("三二億七、五〇〇万円", "一般会計当初予算", "account total"),
    ("三一九万円", "ふるさと市町村圏事業特別会計 減", "change"),
    ("八四六万円", "ふるさと市町村圏事業特別会計", "special account total"),
    ("三億二、一一九万七千円", "総額 対前年度比 減", "change"),
    ("三二億八、三四六万六千円", "総額", "all-accounts total"),
    ("四、二二〇万円", "総務費 増", "change by function"),
    ("二、〇八六万円", "公債費 増", "change by function"),
    ("一億五、五六七万円", "衛生費 減", "change by function"),
    ("二億二、〇二四万円", "消防費 減", "change by function"),
    ("4億3,445万円", "総務費 (主要事業 事業費)", "split by function (款 total)"),
    ("4,220万円", "総務費 対前年度 増", "change"),
    ("10億6,013万円", "衛生費 (主要事業 事業費)", "split by function (款 total)"),
    ("1億5,567万円", "衛生費 対前年度 減", "change"),
    ("28億7,826万円", "分担金", "revenue"),
    ("1億1,698万円", "使用料及び手数料", "revenue"),
    ("5万円", "財産収入", "revenue"),
    ("427万円", "繰入金", "revenue"),
    ("300万円", "繰越金", "revenue"),
    ("2億4,720万円", "組合債", "revenue (bonds)"),
    ("2,466万円", "諸収入", "revenue"),
    ("58万円", "国庫支出金", "revenue"),
]
ROWS: list = []
NOT_ROWS = [dict(line=L, text=t, value_yen=next(r["min"] for r in M if r["kind"] == "amount" and r["text"] == t), fy=FY,
                 mention_role=next(r["role"] for r in M if r["kind"] == "amount" and r["text"] == t), what=w, reason=why)
            for t, w, why in _W]
