#include "glossator/status.h"

namespace glossator {

const char* StatusCodeName(StatusCode code) {
  switch (code) {
    case StatusCode::kOk:
      return "OK";
    case StatusCode::kInvalidArgument:
      return "invalid argument";
    case StatusCode::kNotFound:
      return "not found";
    case StatusCode::kIoError:
      return "I/O error";
    case StatusCode::kNotPdf:
      return "not a PDF";
    case StatusCode::kPasswordRequired:
      return "password required";
    case StatusCode::kDamaged:
      return "damaged PDF";
    case StatusCode::kNoTextLayer:
      return "no text layer";
    case StatusCode::kTimeLimit:
      return "time limit";
    case StatusCode::kResourceLimit:
      return "resource limit";
    case StatusCode::kPluginError:
      return "plugin error";
    case StatusCode::kInternal:
      return "internal error";
  }
  return "unknown";
}

std::string Status::ToString() const {
  if (ok()) return "OK";
  return std::string(StatusCodeName(code_)) + ": " + message_;
}

}  // namespace glossator
