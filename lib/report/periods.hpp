#pragma once
// Days, weeks and months of the ledger's calendar, for reports that count per period.

#include <redress/report.hpp>

#include <vector>

namespace redress::report {

/// The periods that cover [from, to), in order: the first starts at local midnight at or
/// before `from` (weeks on Monday, months on the 1st), the last ends at or after `to`; with
/// `one_before`, one more period before the first. Each is partial when it is not wholly inside
/// [data_begin, data_end), the span the report read: it has not ended yet, or the window cuts
/// it. Error{usage} beyond 5000 periods.
std::vector<PeriodValue> periods_covering(Instant from, Instant to, TrendPeriod period, const TimeZone& zone,
                                          bool one_before, Instant data_begin, Instant data_end);

/// The columns a row of a period starts with: `period` (labelled `label` for people), then
/// for scripts `period_start`, `period_end` and `partial`; and that row's first cells.
std::vector<Column> period_columns(const std::string& label);
std::vector<Value> period_cells(const PeriodValue& p);

/// The index of the period holding `t`, or nullopt when it falls outside all of them.
std::optional<std::size_t> period_of(const std::vector<PeriodValue>& periods, Instant t);

} // namespace redress::report
