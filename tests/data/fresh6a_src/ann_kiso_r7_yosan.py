from kinds import amt

DOC = "kiso_r7_yosan"
# 木祖村 (長野県; its 広報, mykoho 204251/…; `木祖村森林整備推進事業補助金` names the village): 今年度の予算は…, the main works
# of the year's initial budget under four 基本分野, each split into `『新規事業』` and `『継続事業』`. Every `・name N円` (and the
# indented items under a `・…補助事業` heading, and the 小学校 / 中学校 split of one programme) is budget: the year's
# appropriation for the programme (a 補助金's own line is the programme's budget, not a grant size). The text names no
# year (`今年度`): fy null on every amount (GUIDE), rows `fy_alt: [2025]` (the address's issue batch, as 箕輪町's 令和7年度
# page next to it: a weak sign). `基本分野1` … `4` are labels; `第一`, `第1子`, `第2子`, `第3子` ordinals; `GIGA` a name.
B = "budget"
ITEMS = [
    (5, "9,625万円", 96250000, "国設第一ゲレンデスノーマシン整備工事"),
    (6, "550万円", 5500000, "さつきクワッドリフトワイヤー交換工事補助金"),
    (7, "200万円", 2000000, "木祖村森林整備推進事業補助金"),
    (9, "500万円", 5000000, "緩衝帯整備事業"),
    (10, "1,375万円", 13750000, "公有林整備事業"),
    (11, "105万円", 1050000, "有害鳥獣被害防除対策電気柵等設置補助金"),
    (12, "180万円", 1800000, "木曽川源流の里創業支援補助金"),
    (15, "1,736万円", 17360000, "駅前観光拠点整備事業"),
    (16, "2,918万円", 29180000, "移住定住促進住宅改修事業"),
    (19, "100万円", 1000000, "移住就業、企業支援事業交付金"),
    (20, "100万円", 1000000, "定住促進奨励金"),
    (22, "90万円", 900000, "空き家改修事業補助金"),
    (23, "100万円", 1000000, "空き家バンク仲介手数料補助金"),
    (26, "61万円", 610000, "未就園児の保護者への支援事業"),
    (27, "102万円", 1020000, "中学校制服購入に係る公費負担"),
    (28, "136万円", 1360000, "高等学校等通学(寄宿)費補助金"),
    (29, "872万円", 8720000, "小学校児童用GIGA端末更新事業"),
    (31, "562万円", 5620000, "学校給食費第1子、第2子半額、第3子以降無償化"),
    (32, "193万円", 1930000, "食材高騰による給食費の不足分を担う保護者負担軽減事業"),
    (34, "30万円", 300000, "小中学校保護者負担軽減助成事業(小学校)"),
    (35, "135万円", 1350000, "小中学校保護者負担軽減助成事業(中学校)"),
    (36, "44万円", 440000, "公設塾開設事業"),
    (37, "40万円", 400000, "小児科、産婦人科オンライン相談事業"),
    (40, "231万円", 2310000, "防災倉庫備蓄品"),
]
M = [amt(ln, t, v, role=B, fy=None) for ln, t, v, _ in ITEMS]
W = "a programme `・name N円` of the year's budget (今年度の予算; no year written)"
SPLIT = {34, 35}
ROWS = [dict(line=ln, text=t, budget_yen=v, fy=None, fy_alt=[2025], program=p, role=B,
             why=W + ("; one school's part of 小中学校保護者負担軽減助成事業" if ln in SPLIT else ""),
             **({"ambiguous": True, "note": "a part of one programme split by school"} if ln in SPLIT else {}))
        for ln, t, v, p in ITEMS]
NOT_ROWS: list[dict] = []
