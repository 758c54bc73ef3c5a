// yieldjs::Value (include/yieldjs/value.h).
#include "host/inspect.h"
#include "host/runtime_state.h"
#include "host/script.h"
#include "runtime/abstract_ops.h"
#include "runtime/string.h"
#include "runtime/unicode.h"
#include "runtime/vm.h"
#include "yieldjs/value.h"

namespace yieldjs {

namespace {

using detail::RuntimeState;

Error detached_error() {
    Error error;
    error.kind = ErrorKind::Exception;
    error.name = "TypeError";
    error.message = "the value does not belong to a runtime";
    error.report = "Uncaught TypeError: " + error.message;
    return error;
}

yjs::PropertyKey key_for(yjs::VM& vm, std::string_view name) {
    return yjs::PropertyKey::from_string(vm, yjs::utf8_to_utf16(name));
}

} // namespace

Value::Value(const Value& other) : state_(other.state_), slot_(other.slot_) {
    if (state_) state_->handles->retain(slot_);
}

Value::Value(Value&& other) noexcept : state_(other.state_), slot_(other.slot_) {
    other.state_ = nullptr;
}

Value& Value::operator=(const Value& other) {
    if (this == &other) return *this;
    if (other.state_) other.state_->handles->retain(other.slot_);
    release();
    state_ = other.state_;
    slot_ = other.slot_;
    return *this;
}

Value& Value::operator=(Value&& other) noexcept {
    if (this == &other) return *this;
    release();
    state_ = other.state_;
    slot_ = other.slot_;
    other.state_ = nullptr;
    return *this;
}

Value::~Value() {
    release();
}

void Value::release() {
    if (state_) state_->handles->release(slot_);
    state_ = nullptr;
}

bool Value::is_undefined() const {
    return RuntimeState::unwrap(*this).is_undefined();
}
bool Value::is_null() const {
    return RuntimeState::unwrap(*this).is_null();
}
bool Value::is_boolean() const {
    return RuntimeState::unwrap(*this).is_boolean();
}
bool Value::is_number() const {
    return RuntimeState::unwrap(*this).is_number();
}
bool Value::is_string() const {
    return RuntimeState::unwrap(*this).is_string();
}
bool Value::is_symbol() const {
    return RuntimeState::unwrap(*this).is_symbol();
}
bool Value::is_bigint() const {
    return RuntimeState::unwrap(*this).is_bigint();
}
bool Value::is_object() const {
    return RuntimeState::unwrap(*this).is_object();
}
bool Value::is_function() const {
    return yjs::IsCallable(RuntimeState::unwrap(*this));
}

bool Value::is_array() const {
    if (!state_) return false;
    auto result = yjs::IsArray(*state_->vm, RuntimeState::unwrap(*this));
    if (result.is_error()) {
        state_->vm->clear_exception();
        return false;
    }
    return result.value();
}

bool Value::is_error() const {
    yjs::Value value = RuntimeState::unwrap(*this);
    return value.is_object() && value.as_object()->builtin_tag() == yjs::BuiltinTag::Error;
}

bool Value::as_boolean() const {
    return RuntimeState::unwrap(*this).as_boolean();
}
double Value::as_number() const {
    return RuntimeState::unwrap(*this).as_number();
}
bool Value::to_boolean() const {
    return yjs::ToBoolean(RuntimeState::unwrap(*this));
}

Result<std::string> Value::to_string() const {
    if (!state_) return std::string("undefined");
    detail::ExecutionScope scope(*state_);
    auto string = yjs::ToString(*state_->vm, RuntimeState::unwrap(*this));
    if (string.is_error() || scope.terminated()) return state_->take_exception_error();
    return string.value()->to_utf8();
}

Result<std::string> Value::inspect() const {
    if (!state_) return std::string("undefined");
    detail::ExecutionScope scope(*state_);
    auto text = yjs::inspect(*state_->vm, RuntimeState::unwrap(*this));
    if (text.is_error() || scope.terminated()) return state_->take_exception_error();
    return yjs::utf16_to_utf8(text.value());
}

Result<Value> Value::get(std::string_view name) const {
    if (!state_) return detached_error();
    yjs::VM& vm = *state_->vm;
    detail::ExecutionScope scope(*state_);
    auto result = yjs::GetV(vm, RuntimeState::unwrap(*this), key_for(vm, name));
    if (result.is_error() || scope.terminated()) return state_->take_exception_error();
    return state_->wrap(result.value());
}

Result<Value> Value::get(std::uint32_t index) const {
    if (!state_) return detached_error();
    detail::ExecutionScope scope(*state_);
    auto result = yjs::GetV(*state_->vm, RuntimeState::unwrap(*this), yjs::PropertyKey::from_index(index));
    if (result.is_error() || scope.terminated()) return state_->take_exception_error();
    return state_->wrap(result.value());
}

namespace {

Result<void> set_property(RuntimeState* state, yjs::Value target, yjs::PropertyKey key, yjs::Value value) {
    yjs::VM& vm = *state->vm;
    if (!target.is_object()) {
        vm.throw_type_error("Cannot set a property of " + yjs::describe_value(target));
        return state->take_exception_error();
    }
    detail::ExecutionScope scope(*state);
    if (target.as_object()->set(vm, key, value, true).is_error() || scope.terminated())
        return state->take_exception_error();
    return {};
}

} // namespace

Result<void> Value::set(std::string_view name, const Value& value) const {
    if (!state_) return detached_error();
    return set_property(state_, RuntimeState::unwrap(*this), key_for(*state_->vm, name),
                        RuntimeState::unwrap(value));
}

Result<void> Value::set(std::uint32_t index, const Value& value) const {
    if (!state_) return detached_error();
    return set_property(state_, RuntimeState::unwrap(*this), yjs::PropertyKey::from_index(index),
                        RuntimeState::unwrap(value));
}

Result<Value> Value::call(const Value& this_value, std::span<const Value> arguments) const {
    if (!state_) return detached_error();
    yjs::VM& vm = *state_->vm;
    yjs::MarkedValueVector values(vm.heap());
    for (const Value& argument : arguments)
        values.push_back(RuntimeState::unwrap(argument));
    detail::ExecutionScope scope(*state_);
    auto result = yjs::Call(vm, RuntimeState::unwrap(*this), RuntimeState::unwrap(this_value), values.span());
    if (result.is_error() || scope.terminated()) return state_->take_exception_error();
    return state_->wrap(result.value());
}

Result<Value> Value::construct(std::span<const Value> arguments) const {
    if (!state_) return detached_error();
    yjs::VM& vm = *state_->vm;
    yjs::Value constructor = RuntimeState::unwrap(*this);
    if (!yjs::IsConstructor(constructor)) {
        vm.throw_type_error(yjs::describe_value(constructor) + " is not a constructor");
        return state_->take_exception_error();
    }
    yjs::MarkedValueVector values(vm.heap());
    for (const Value& argument : arguments)
        values.push_back(RuntimeState::unwrap(argument));
    detail::ExecutionScope scope(*state_);
    auto result = yjs::Construct(vm, constructor.as_object(), values.span());
    if (result.is_error() || scope.terminated()) return state_->take_exception_error();
    return state_->wrap(result.value());
}

bool Value::same_value(const Value& other) const {
    return yjs::SameValue(RuntimeState::unwrap(*this), RuntimeState::unwrap(other));
}

Runtime* Value::runtime() const {
    return state_ ? &state_->runtime : nullptr;
}

} // namespace yieldjs
