// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

// A cost center's chargeback statement as a one-page PDF (QPdfWriter, A4): the month, the cost center, its direct
// spend by model and by team with a bar chart of the models, its self-hosted spend, its share of the spend nobody
// owns and the rule that shared it, and the total. Painted by one function onto any paint device, so that the same
// page can be looked at as an image. Needs a QGuiApplication (fonts).
#include "core/export/chargeback.h"

class QPainter;
class QRectF;

namespace Export {

/** Paints `s` of `c` into `page` (device pixels; the layout scales with its width). */
void paintStatement(QPainter& p, const QRectF& page, const Chargeback& c, const Statement& s);

/** Writes `s` as a one-page PDF; an error names the file. */
Result<void> writeStatementPdf(const Chargeback& c, const Statement& s, const QString& file);

/** "chargeback-2026-10-Engineering.pdf": a file name for `s` (characters unsafe in file names replaced). */
QString statementFileName(const Chargeback& c, const Statement& s);

} // namespace Export
