// Status and Result<T>: how every fallible Glossator call reports failure.
//
// A Status is either OK or a code plus a message that says where: the file,
// and the page or byte offset where they apply ("reading.pdf: page 3: ...").
// Glossator's public API never throws; it returns a Status or a Result<T>.
//
// Thread safety: Status and Result are values; distinct objects may be used
// from distinct threads freely, one object needs external synchronisation.
#ifndef GLOSSATOR_STATUS_H_
#define GLOSSATOR_STATUS_H_

#include <optional>
#include <string>
#include <utility>

#include "glossator/export.h"

namespace glossator {

// What went wrong, coarse enough for a caller to act on (and for the command
// line to turn into its exit code).
enum class StatusCode {
  kOk = 0,
  kInvalidArgument,   // the caller asked for something that makes no sense
  kNotFound,          // a file that is not there
  kIoError,           // reading or writing a file failed
  kNotPdf,            // the input is not a PDF at all
  kPasswordRequired,  // encrypted, and the password given (if any) does not open it
  kDamaged,           // a PDF too damaged to read
  kNoTextLayer,       // pages without any text (scanned images)
  kTimeLimit,         // the per-document time limit ran out
  kResourceLimit,     // memory or size limits
  kPluginError,       // a plugin refused to load or failed
  kInternal,          // a bug of ours
};

// Short lowercase name of a code, e.g. "not a PDF".
GLOSSATOR_EXPORT const char* StatusCodeName(StatusCode code);

class GLOSSATOR_EXPORT Status {
 public:
  // An OK status: cheap, no allocation.
  Status() = default;
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string m) {
    return {StatusCode::kInvalidArgument, std::move(m)};
  }
  static Status NotFound(std::string m) { return {StatusCode::kNotFound, std::move(m)}; }
  static Status IoError(std::string m) { return {StatusCode::kIoError, std::move(m)}; }
  static Status NotPdf(std::string m) { return {StatusCode::kNotPdf, std::move(m)}; }
  static Status PasswordRequired(std::string m) {
    return {StatusCode::kPasswordRequired, std::move(m)};
  }
  static Status Damaged(std::string m) { return {StatusCode::kDamaged, std::move(m)}; }
  static Status NoTextLayer(std::string m) { return {StatusCode::kNoTextLayer, std::move(m)}; }
  static Status TimeLimit(std::string m) { return {StatusCode::kTimeLimit, std::move(m)}; }
  static Status ResourceLimit(std::string m) { return {StatusCode::kResourceLimit, std::move(m)}; }
  static Status PluginError(std::string m) { return {StatusCode::kPluginError, std::move(m)}; }
  static Status Internal(std::string m) { return {StatusCode::kInternal, std::move(m)}; }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  // The message alone, e.g. "reading.pdf: page 3: damaged content stream"; "" when OK.
  const std::string& message() const { return message_; }
  // "OK", or the code's name and the message: "damaged PDF: reading.pdf: ...".
  std::string ToString() const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

// A value or the Status that says why there is none.
template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}          // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {}  // NOLINT: implicit by design

  bool ok() const { return value_.has_value(); }
  // OK when there is a value.
  const Status& status() const { return status_; }
  // Only valid when ok().
  const T& value() const& { return *value_; }
  T& value() & { return *value_; }
  T&& value() && { return std::move(*value_); }
  const T& operator*() const& { return *value_; }
  const T* operator->() const { return &*value_; }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace glossator

#endif  // GLOSSATOR_STATUS_H_
