// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

// What the libFuzzer targets share: the input as a QByteArray, a scratch file of this process for parsers that read
// a path, a quiet Qt. A target never checks what a parser makes of the bytes: it must only not crash, leak or hang.

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <unistd.h>

namespace Fuzz {

inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

/** Drops Qt's messages (they would flood the fuzzer's output and slow it down) and makes the application object
 * that Qt's plugins (the SQLite driver) need. */
inline void init()
{
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext&, const QString&) {});
    static int argc = 1;
    static char name[] = "fuzz";
    static char* argv[] = { name, nullptr };
    static QCoreApplication app(argc, argv);
}

/** A file name of this process only, in memory (/dev/shm) where there is one. */
inline QString scratchPath(const char* suffix)
{
    static const QString dir
        = QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
    return dir + QStringLiteral("/inferometer-fuzz-") + QString::number(qint64(getpid())) + QLatin1Char('-')
        + QLatin1String(suffix);
}

inline bool writeFile(const QString& path, const uint8_t* data, size_t size)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && f.write(reinterpret_cast<const char*>(data), qint64(size)) == qint64(size);
}

} // namespace Fuzz
