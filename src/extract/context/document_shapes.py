"""The passes that read a figure's role and year from the way its document is written, once every scope has spoken
(scope.py calls `apply` last): each reads one shape of the whole deck, not the words near one figure."""
from __future__ import annotations

from collections.abc import Sequence

from . import (
    box_lines,
    case_legends,
    change_pairs,
    compared_years,
    compilation_stages,
    cost_bases,
    cost_tables,
    grant_terms,
    ministry_figures,
    per_labels,
    programme_sheets,
    shares,
    side_lists,
    stage_lines,
    year_lines,
    year_runs,
)
from .labels import LineInfo


def apply(infos: Sequence[LineInfo]) -> None:
    """Run the shape passes in order: a later one reads the roles an earlier one gave (side_lists and ministry_figures
    the deck's kind)."""
    change_pairs.compared_bases(infos)  # `…予算1,872億円に比較すると587億円の増加`: the base of a change of the next year
    change_pairs.legend_changes(infos)  # `()内は…差額` / `( )は…実績` and `77億円( 13億円)`: a change or a result, no budget pair
    shares.angle_parts(infos)  # `321億円<AMED246億円、インハウス74億円>`: a breakdown by channel, other
    shares.round_parts(infos)  # `1兆9159億円(公共事業関係費1兆5500億円)`: a part named in a bracket, its whole's year
    cost_bases.apply(infos)  # `国費N円(事業費M円)`: the appropriation and a project's size (support)
    ministry_figures.apply(infos)  # `文部科学省が最大の598億円`: a ministry's share of the deck's budget
    side_lists.apply(infos)  # `歳出 507,454千円 人件費 △ 45,970 千円 …`: an inline expenditure list, the deck's budget
    box_lines.apply(infos)  # `当初予算案:400億円(国土交通省)` / `1,350億円(環境省)`: one label, ministries' lines
    stage_lines.apply(infos)  # `28補正地方創生拠点整備交付金` / `900億円`: a label line's stage and year
    stage_lines.stage_notes(infos)  # `31,500千円` / `(※9月補正予定)`: a note naming the stage the figure is put in
    compilation_stages.apply(infos)  # `担当課要求の額` … `最終市長査定`: only the last stage's figures are the budget
    cost_tables.apply(infos)  # `事業費(A) 人件費(B) トータルコスト` over `19年度予算計上額 N千円 N千円 N千円`: one programme's cost
    programme_sheets.apply(infos)  # `※…は事業費を…` over `○…事業…5,024万円`; `内示` / `調整要求` over `(合計) N千円 (合計) 0千円`
    cost_tables.zeros(infos)  # `0千円 要求どおり 0千円`: nothing budgeted, no budget
    year_runs.apply(infos)  # `平成27年度 (A) N円 N円 平成28年度 (B) N円 N円`: a table flattened column by column
    year_lines.apply(infos)  # `平成28年度` / `    通常分 N円`: a year alone on its line heads the lines indented under it
    year_lines.year_rows(infos)  # `2011 1,600,802,000円` / `2012 998,681,000円`: a list by bare year, each row its year
    compared_years.apply(infos)  # `平成27年度 平成28年度 比較`: the year a summary of changes states only there
    case_legends.apply(infos)  # `補助上限額 ※カッコ内は大幅賃上げを行う場合` over `750万円(1,000万円)`: caps, no budget pair
    grant_terms.apply(infos)  # `(2)交付上限額 … 国費:2億円`, `採択基準:` then `…5億円超`: a grant's sizes, support
    per_labels.apply(infos)  # `各年の補助額:4百万円`: a rate named at the head of the figure's label
