// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/common/result.h"

#include <QList>
#include <QString>

namespace Ab {

/** One machine price from the dated list the project keeps (resources/ab/gpu-prices.json). */
struct GpuPrice
{
    QString gpu; // "NVIDIA L4 24GB"
    QString offer; // "Google Cloud g2-standard-4, on demand"
    double usdPerHour = 0;
    QString asOf; // the list's date, ISO
};

/** The bundled list, in its order; Error::Parse naming the resource and field when it is malformed. */
Result<QList<GpuPrice>> gpuPrices();
/** Parses the list's JSON (for tests of a broken list). */
Result<QList<GpuPrice>> parseGpuPrices(const QByteArray& json, const QString& source);

} // namespace Ab
