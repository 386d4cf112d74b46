// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/common/error.h"

#include <vulkan/vulkan.h>

#include <optional>

namespace Inference {

/** "VK_ERROR_OUT_OF_DEVICE_MEMORY" etc. */
const char* vkResultName(VkResult result);

/** An Error{Vulkan} for a failed call, naming the call and the result; nullopt on success. Usage:
 *  `if (auto e = vkCheck(vkCreateBuffer(...), "vkCreateBuffer")) return *e;` (the ggml VK_CHECK idea, without throw) */
std::optional<Error> vkCheck(VkResult result, const char* call);

/** An Error{Vulkan} with a message of our own (translated context "Inference"). */
Error vulkanError(const QString& message);

} // namespace Inference
