from kinds import cnt, date

DOC = "fujisawa_2014_kessan_iinkai_jimujigyo_hyoka"
# A 藤沢市 council member's report (2014-09-29 by its address) of the assembly's 決算特別委員会 scoring the city's 事務事業
#評価: the points per answer (`3点`, `2点`, `1点`, `0点`: counts of 点), the bands of the eight members' total (`21点~24点`
# a closed range, …) in four criteria; `8人`, `9人`, `委員8人` counts. `10:00` a clock time; `①`… list marks no mentions.
M = [date(1, "9月29日", "2014-09-29"), cnt(2, "8人", 8, "人"), cnt(2, "9人", 9, "人"),
     cnt(4, "3点", 3, "点"), cnt(4, "2点", 2, "点"), cnt(4, "1点", 1, "点"), cnt(4, "0点", 0, "点"), cnt(4, "8人", 8, "人")]
for _first in (6, 11, 16, 21):
    M += [cnt(_first, "21点~24点", 21, "点", hi=24), cnt(_first + 1, "12点~20点", 12, "点", hi=20),
          cnt(_first + 2, "4点~11点", 4, "点", hi=11), cnt(_first + 3, "0点~3点", 0, "点", hi=3)]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
