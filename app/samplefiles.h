// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

/**
 * A small sample file for each import format (resources/samples, installed in share/inferometer/samples): File ▸
 * Import Sample File lists them, and the Import file chooser has their folder in its sidebar, so that a new user
 * sees what each format looks like and what it imports as.
 */
class SampleFiles
{
    Q_DECLARE_TR_FUNCTIONS(SampleFiles)
public:
    struct Entry
    {
        QString file; // name in the folder
        QString format; // the import format it is recognised as (core/ingest/formatregistry.cpp)
        QString label; // for the menu
    };

    /** Every sample, one or two per format, in menu order. */
    static QList<Entry> entries();
    /** The folder: beside the executable when installed, else the source tree's; empty when neither exists. */
    static QString dir();
};
