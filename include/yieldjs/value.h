#pragma once
// yieldjs::Value, a rooted handle to a JavaScript value, and Result<T>, the outcome of anything that can
// throw. Part of the embedding API (see yieldjs/yieldjs.h); no engine header is needed to use them.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace yieldjs {

class Runtime;
template <typename T> class [[nodiscard]] Result;

namespace detail {
struct RuntimeState;
} // namespace detail

// A JavaScript value that keeps what it refers to alive (a GC root) for as long as the handle, or a copy
// of it, exists. Values belong to the Runtime that made them and must be destroyed before it; they are
// not thread-safe (use Runtime::post_task to reach a runtime from another thread). A default-constructed
// Value is `undefined` and belongs to no runtime.
class Value {
public:
    Value() = default;
    Value(const Value&);
    Value(Value&&) noexcept;
    Value& operator=(const Value&);
    Value& operator=(Value&&) noexcept;
    ~Value();

    bool is_undefined() const;
    bool is_null() const;
    bool is_nullish() const { return is_undefined() || is_null(); }
    bool is_boolean() const;
    bool is_number() const;
    bool is_string() const;
    bool is_symbol() const;
    bool is_bigint() const;
    bool is_object() const;
    bool is_function() const; // callable
    bool is_array() const;    // Array exotic object (IsArray, seeing through proxies)
    bool is_error() const;    // has an [[ErrorData]] slot

    // Preconditions: is_boolean() / is_number().
    bool as_boolean() const;
    double as_number() const;
    // ToBoolean (never throws).
    bool to_boolean() const;

    // ToString, as UTF-8 (lone surrogates become U+FFFD). Throws for symbols and may run user code
    // (toString / valueOf / Symbol.toPrimitive) for objects.
    Result<std::string> to_string() const;
    // The value formatted like Node 20's util.inspect with default options (what console.log prints for a
    // non-string argument). May run getters for Symbol.toStringTag and error properties, like Node.
    Result<std::string> inspect() const;

    // [[Get]] / Set(O, P, V, true) on an object (or, for get, on a primitive through its wrapper).
    Result<Value> get(std::string_view name) const;
    Result<Value> get(std::uint32_t index) const;
    Result<void> set(std::string_view name, const Value& value) const;
    Result<void> set(std::uint32_t index, const Value& value) const;
    // Call(F, this, args) / Construct(F, args).
    Result<Value> call(const Value& this_value, std::span<const Value> arguments = {}) const;
    Result<Value> construct(std::span<const Value> arguments = {}) const;

    // SameValue.
    bool same_value(const Value& other) const;

    // The runtime this value belongs to (null for a default-constructed Value).
    Runtime* runtime() const;

private:
    friend struct detail::RuntimeState;
    Value(detail::RuntimeState* state, std::uint32_t slot) : state_(state), slot_(slot) {}
    void release();

    detail::RuntimeState* state_ = nullptr;
    std::uint32_t slot_ = 0;
};

// What went wrong.
enum class ErrorKind {
    Syntax,     // the source text has a parse or early error; file, line, column and source_line are set
    Exception,  // JavaScript threw and nothing caught it; exception holds the thrown value
    Io,         // a file could not be read; file is set
    Link,       // a module could not be loaded or linked (a missing module, an import nothing exports);
                // exception holds the error thrown, name and message describe it
    Terminated, // the script was stopped by Runtime::terminate or the execution budget (not a JavaScript
                // exception: nothing could catch it); message says which
};

// A failed evaluation. `report` is the complete text the yieldjs CLI writes to stderr for it:
//   Syntax      "FILE:LINE\n<source line>\n<caret under the column>\n\nSyntaxError: <message>"
//   Exception   "Uncaught " + the error's stack (an Error object with a string `stack`), otherwise
//               "Uncaught " + the value formatted like Node's util.inspect
//   Io          "cannot open 'FILE': <strerror text>"
//   Link        "<name>: <message>"
//   Terminated  "Error: " + message: "Script execution was terminated" (Runtime::terminate) or
//               "Script execution timed out after <N>ms" (RuntimeOptions::execution_budget_ms)
struct Error {
    ErrorKind kind = ErrorKind::Exception;
    std::string name;       // "SyntaxError", "TypeError", ...; the thrown object's `name`, "" for a primitive
    std::string message;    // the error's message (Io: the system's reason, e.g. "No such file or directory")
    std::string file;       // Syntax, Io
    std::uint32_t line = 0; // Syntax: 1-based
    std::uint32_t column = 0;     // Syntax: 1-based, in UTF-16 code units
    std::string source_line;      // Syntax: the offending line of source text
    bool at_end_of_input = false; // Syntax: found at the end of the source (more text could complete it)
    std::string report;
    std::optional<Value> exception; // Exception: the thrown value

    // An error that, returned from a native function (Runtime::define_function), throws `value`.
    static Error thrown(const Value& value);
};

// Either a T or an Error.
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value) : state_(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : state_(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return state_.index() == 0; }
    explicit operator bool() const { return ok(); }
    T& value() & { return std::get<0>(state_); }
    const T& value() const& { return std::get<0>(state_); }
    T&& value() && { return std::get<0>(std::move(state_)); }
    const Error& error() const { return std::get<1>(state_); }

private:
    std::variant<T, Error> state_;
};

template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : error_(std::move(error)) {}

    bool ok() const { return !error_.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *error_; }

private:
    std::optional<Error> error_;
};

inline Error Error::thrown(const Value& value) {
    Error error;
    error.kind = ErrorKind::Exception;
    error.exception = value;
    return error;
}

} // namespace yieldjs
