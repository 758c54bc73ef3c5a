#pragma once
// Abrupt completions without C++ exceptions.
//
// A throw completion is represented by the exception being stored in the VM (VM::throw_value and friends)
// and the function returning a ThrowCompletionOr<T> in the error state. Callers propagate with TRY():
//
//     Value v = TRY(obj->get(vm, key));
//
// Break/continue/return completions never cross C++ boundaries: the compiler lowers them to jumps.
#include "runtime/value.h"

#include <optional>
#include <type_traits>
#include <utility>

namespace yjs {

// Tag type: "an exception is pending in the VM".
struct ThrowCompletion {};
inline constexpr ThrowCompletion kThrowCompletion{};

template <typename T> class [[nodiscard]] ThrowCompletionOr {
public:
    ThrowCompletionOr(ThrowCompletion) {}
    template <typename U>
        requires std::is_convertible_v<U&&, T>
    ThrowCompletionOr(U&& value) : value_(std::forward<U>(value)) {}

    bool is_throw_completion() const { return !value_.has_value(); }
    bool is_error() const { return !value_.has_value(); }
    T& value() & { return *value_; }
    T&& value() && { return std::move(*value_); }
    const T& value() const& { return *value_; }
    T release_value() { return std::move(*value_); }

private:
    std::optional<T> value_;
};

template <> class [[nodiscard]] ThrowCompletionOr<void> {
public:
    ThrowCompletionOr() : ok_(true) {}
    ThrowCompletionOr(ThrowCompletion) : ok_(false) {}

    bool is_throw_completion() const { return !ok_; }
    bool is_error() const { return !ok_; }
    void release_value() {}

private:
    bool ok_;
};

// Evaluates a ThrowCompletionOr expression; returns the throw completion from the enclosing function if it
// is one, otherwise yields the value. (GNU statement expression; the engine builds with gnu++20.)
#define TRY(expression)                                                                                      \
    ({                                                                                                       \
        auto _yjs_try_result = (expression);                                                                 \
        if (_yjs_try_result.is_throw_completion()) [[unlikely]]                                              \
            return ::yjs::kThrowCompletion;                                                                  \
        _yjs_try_result.release_value();                                                                     \
    })

} // namespace yjs
