// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include <QString>

namespace Planning {

/** An input the planner refuses: which field (the CLI's option name without "--") and why, for people. */
struct FieldError
{
    QString field;
    QString message;
};

} // namespace Planning
