// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/inference/ab/gpuprices.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Ab {

Result<QList<GpuPrice>> parseGpuPrices(const QByteArray& json, const QString& source)
{
    auto bad = [&](const QString& field) {
        return Error { Error::Code::Parse,
            QCoreApplication::translate("Ab", "the GPU price list is malformed"), source, -1, field };
    };
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    const QString asOf = doc.object().value(QLatin1String("as_of")).toString();
    if (!doc.isObject() || asOf.isEmpty())
        return bad(QStringLiteral("as_of"));
    QList<GpuPrice> out;
    const QJsonArray gpus = doc.object().value(QLatin1String("gpus")).toArray();
    for (qsizetype i = 0; i < gpus.size(); ++i) {
        const QJsonObject o = gpus[i].toObject();
        GpuPrice p { o.value(QLatin1String("gpu")).toString(), o.value(QLatin1String("offer")).toString(),
            o.value(QLatin1String("usd_per_hour")).toDouble(-1), asOf };
        if (p.gpu.isEmpty() || p.usdPerHour < 0)
            return bad(QStringLiteral("gpus[%1]").arg(i));
        out << p;
    }
    if (out.isEmpty())
        return bad(QStringLiteral("gpus"));
    return out;
}

Result<QList<GpuPrice>> gpuPrices()
{
    const QString path = QStringLiteral(":/ab/gpu-prices.json");
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error { Error::Code::Io, f.errorString(), path, -1, {} };
    return parseGpuPrices(f.readAll(), path);
}

} // namespace Ab
