// The order plugins run in: each after the plugins it requires, by name or by
// an annotation type they produce.
#ifndef GLOSSATOR_PIPELINE_RUN_ORDER_H_
#define GLOSSATOR_PIPELINE_RUN_ORDER_H_

#include <vector>

#include "glossator/pipeline.h"
#include "glossator/status.h"

namespace glossator::pipeline {

// Indexes into plugins in run order (ties broken by name, so the order is the
// same on every machine). For each plugin, deps[i] receives the indexes of
// every plugin it needs, directly or not. Errors: a requirement nothing
// provides, or a cycle (named in the message).
Result<std::vector<size_t>> RunOrder(const std::vector<PluginInfo>& plugins,
                                     std::vector<std::vector<size_t>>* deps);

}  // namespace glossator::pipeline

#endif  // GLOSSATOR_PIPELINE_RUN_ORDER_H_
