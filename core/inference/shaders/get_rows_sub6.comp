// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#version 450
#extension GL_GOOGLE_include_directive : require
#define WTYPE_SUB6
#define WTYPE_WORDS 8u
#include "get_rows_packed.glsl"
