// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/common/logging.h"

Q_LOGGING_CATEGORY(lcStore, "inferometer.store")
Q_LOGGING_CATEGORY(lcIngest, "inferometer.ingest")
Q_LOGGING_CATEGORY(lcPricing, "inferometer.pricing")
Q_LOGGING_CATEGORY(lcAnalytics, "inferometer.analytics",
    QtInfoMsg) // per-step timings: QT_LOGGING_RULES=inferometer.analytics.debug=true
