// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/attribution/rules.h"
#include "core/common/tracespan.h"
#include "core/common/usageevent.h"
#include "core/store/rowbuffer.h"

#include <memory>

namespace Store {

/**
 * Turns usage events into rows of the events table: identity key, the workspace's attribution rules applied to calls
 * whose source left the cost center open (the source's own attribution kept beside), attributes as JSON, all text as
 * UTF-8. Immutable once made, so an import encodes on its parser thread while the store inserts the previous chunk.
 */
class EventEncoder
{
public:
    explicit EventEncoder(std::shared_ptr<const Attribution::RuleSet> rules = {});

    /** Columns of one row, in insert order. */
    static const QList<const char*>& columns();

    /** Appends one row for `event` to `rows` (made with columns().size() columns). */
    void encode(const UsageEvent& event, RowBuffer& rows) const;

private:
    std::shared_ptr<const Attribution::RuleSet> m_rules;
};

/** Columns of a trace_spans row, in insert order. */
const QList<const char*>& spanColumns();
/** Appends one trace_spans row; `source` is the file name, UTF-8. */
void encodeSpan(const TraceSpan& span, QByteArrayView source, RowBuffer& rows);

/** Appends `s` as a JSON string (quoted, escaped as nlohmann::json's dump() does) to `out`. */
void appendJsonString(QByteArray& out, QStringView s);

} // namespace Store
