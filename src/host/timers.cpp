// Node's timer globals: setTimeout, setInterval, setImmediate, their clear functions, queueMicrotask, and
// the Timeout and Immediate objects they return (Timeout has ref/unref/hasRef/refresh/close and converts to
// its numeric id, which clearTimeout also accepts).
#include "host/event_loop.h"
#include "host/runtime_state.h"
#include "runtime/abstract_ops.h"
#include "runtime/function.h"
#include "runtime/number_conversion.h"
#include "runtime/realm.h"
#include "runtime/string.h"
#include "runtime/symbol.h"
#include "runtime/vm.h"

#include <memory>

namespace yjs {

namespace {

// Node's TIMEOUT_MAX: delays above it (and below 1, or NaN) become 1 ms.
constexpr double kTimeoutMax = 2147483647.0;

EventLoop& loop_of(const NativeCallInfo& call) {
    return *yieldjs::detail::state_of(call.callee).event_loop;
}

// What Node's ERR_INVALID_ARG_TYPE message says it received.
std::string received_text(VM& vm, Value value) {
    if (value.is_undefined()) return "undefined";
    if (value.is_null()) return "null";
    if (value.is_object()) {
        JSObject* object = value.as_object();
        if (object->is_callable()) {
            auto name = object->lookup_own_storage(vm.names().name);
            std::string text = name && name->value.is_string() ? name->value.as_string()->to_utf8() : "";
            return "function " + text;
        }
        // describe_value gives "#<Name>" or "[object Name]".
        std::string described = describe_value(value);
        if (described.starts_with("#<")) described = described.substr(2, described.size() - 3);
        else if (described.starts_with("[object ")) described = described.substr(8, described.size() - 9);
        return "an instance of " + described;
    }
    std::string inspected;
    if (value.is_string()) inspected = "'" + value.as_string()->to_utf8() + "'";
    else if (value.is_symbol()) inspected = value.as_symbol()->descriptive_string(vm)->to_utf8();
    else inspected = describe_value(value);
    if (inspected.size() > 28) inspected = inspected.substr(0, 25) + "...";
    return "type " + TypeOf(vm, value)->to_utf8() + " (" + inspected + ")";
}

// Node's delay coercion: after *= 1; anything not in [1, TIMEOUT_MAX] becomes 1.
ThrowCompletionOr<double> timer_delay(VM& vm, Value delay) {
    double after = TRY(ToNumber(vm, delay));
    if (!(after >= 1 && after <= kTimeoutMax)) after = 1;
    return after;
}

std::span<const Value> rest_arguments(const NativeCallInfo& call, std::size_t first) {
    return call.arguments.size() > first ? call.arguments.subspan(first) : std::span<const Value>();
}

ThrowCompletionOr<Value> create_timer(VM& vm, const NativeCallInfo& call, bool repeat) {
    Value callback = call.argument(0);
    if (!IsCallable(callback)) return throw_invalid_function_argument(vm, "callback", callback);
    double delay = TRY(timer_delay(vm, call.argument(1)));
    JSObject* prototype = static_cast<NativeFunction*>(call.callee)->capture(0).as_object();
    TimerObject* timer = TimerObject::create(vm, prototype, callback, rest_arguments(call, 2), delay, repeat);
    loop_of(call).start_timer(timer);
    return Value(static_cast<JSObject*>(timer));
}

// setTimeout(callback[, delay[, ...args]]) / setInterval(callback[, delay[, ...args]]).
ThrowCompletionOr<Value> set_timeout(VM& vm, const NativeCallInfo& call) {
    return create_timer(vm, call, false);
}

ThrowCompletionOr<Value> set_interval(VM& vm, const NativeCallInfo& call) {
    return create_timer(vm, call, true);
}

// clearTimeout(timeout) / clearInterval(timeout): a Timeout object or its numeric id; anything else is
// ignored.
ThrowCompletionOr<Value> clear_timeout(VM& vm, const NativeCallInfo& call) {
    Value argument = call.argument(0);
    EventLoop& loop = loop_of(call);
    if (auto* timer = as_if<TimerObject>(argument)) {
        loop.clear_timer(timer);
    } else if (argument.is_number() || argument.is_string()) {
        double id = TRY(ToNumber(vm, argument));
        if (TimerObject* timer = loop.find_timer(id)) loop.clear_timer(timer);
    }
    return Value::undefined();
}

// setImmediate(callback[, ...args]) / clearImmediate(immediate).
ThrowCompletionOr<Value> set_immediate(VM& vm, const NativeCallInfo& call) {
    Value callback = call.argument(0);
    if (!IsCallable(callback)) return throw_invalid_function_argument(vm, "callback", callback);
    JSObject* prototype = static_cast<NativeFunction*>(call.callee)->capture(0).as_object();
    ImmediateObject* immediate = ImmediateObject::create(vm, prototype, callback, rest_arguments(call, 1));
    loop_of(call).add_immediate(immediate);
    return Value(static_cast<JSObject*>(immediate));
}

ThrowCompletionOr<Value> clear_immediate(VM&, const NativeCallInfo& call) {
    if (auto* immediate = as_if<ImmediateObject>(call.argument(0))) loop_of(call).clear_immediate(immediate);
    return Value::undefined();
}

// queueMicrotask(callback): a job on the VM's queue (with promise jobs) that calls callback().
ThrowCompletionOr<Value> queue_microtask(VM& vm, const NativeCallInfo& call) {
    Value callback = call.argument(0);
    if (!IsCallable(callback)) return throw_invalid_function_argument(vm, "callback", callback);
    Job job;
    job.roots = std::make_shared<MarkedValueVector>(vm.heap());
    job.roots->push_back(callback);
    job.realm = static_cast<NativeFunction*>(call.callee)->realm();
    job.run = [callback](VM& vm) -> ThrowCompletionOr<void> {
        TRY(Call(vm, callback, Value::undefined()));
        return {};
    };
    vm.enqueue_job(std::move(job));
    return Value::undefined();
}

// --- Timeout.prototype / Immediate.prototype ---

ThrowCompletionOr<TimerObject*> this_timer(VM& vm, const NativeCallInfo& call) {
    auto* timer = as_if<TimerObject>(call.this_value);
    if (!timer) return vm.throw_type_error("Illegal invocation");
    return timer;
}

ThrowCompletionOr<ImmediateObject*> this_immediate(VM& vm, const NativeCallInfo& call) {
    auto* immediate = as_if<ImmediateObject>(call.this_value);
    if (!immediate) return vm.throw_type_error("Illegal invocation");
    return immediate;
}

ThrowCompletionOr<Value> timeout_ref(VM& vm, const NativeCallInfo& call) {
    loop_of(call).set_timer_ref(TRY(this_timer(vm, call)), true);
    return call.this_value;
}

ThrowCompletionOr<Value> timeout_unref(VM& vm, const NativeCallInfo& call) {
    loop_of(call).set_timer_ref(TRY(this_timer(vm, call)), false);
    return call.this_value;
}

ThrowCompletionOr<Value> timeout_has_ref(VM& vm, const NativeCallInfo& call) {
    return Value::boolean(TRY(this_timer(vm, call))->is_refed());
}

// refresh(): restarts the wait from now with the same delay (also re-arms a timer that already fired).
ThrowCompletionOr<Value> timeout_refresh(VM& vm, const NativeCallInfo& call) {
    loop_of(call).start_timer(TRY(this_timer(vm, call)));
    return call.this_value;
}

ThrowCompletionOr<Value> timeout_close(VM& vm, const NativeCallInfo& call) {
    loop_of(call).clear_timer(TRY(this_timer(vm, call)));
    return call.this_value;
}

ThrowCompletionOr<Value> timeout_to_primitive(VM& vm, const NativeCallInfo& call) {
    return Value(static_cast<double>(TRY(this_timer(vm, call))->id()));
}

ThrowCompletionOr<Value> immediate_ref(VM& vm, const NativeCallInfo& call) {
    loop_of(call).set_immediate_ref(TRY(this_immediate(vm, call)), true);
    return call.this_value;
}

ThrowCompletionOr<Value> immediate_unref(VM& vm, const NativeCallInfo& call) {
    loop_of(call).set_immediate_ref(TRY(this_immediate(vm, call)), false);
    return call.this_value;
}

ThrowCompletionOr<Value> immediate_has_ref(VM& vm, const NativeCallInfo& call) {
    return Value::boolean(TRY(this_immediate(vm, call))->is_refed());
}

ThrowCompletionOr<Value> illegal_constructor(VM& vm, const NativeCallInfo&) {
    return vm.throw_type_error("Illegal constructor");
}

// A prototype for Timeout/Immediate objects whose "constructor" is a function named `name` (so they
// print as `Timeout {}` / `Immediate {}`).
JSObject* make_host_prototype(VM& vm, Realm& realm, std::string_view name) {
    JSObject* prototype = JSObject::create(vm, realm.intrinsic(Intrinsic::ObjectPrototype));
    NativeFunction* constructor =
        NativeFunction::create(vm, realm, illegal_constructor, 0, PropertyKey::from_ascii(vm, name));
    constructor->define_direct_property(vm, vm.names().prototype, Value(prototype), 0);
    prototype->define_direct_property(vm, vm.names().constructor, Value(static_cast<JSObject*>(constructor)),
                                      kBuiltinAttributes);
    return prototype;
}

void define_global_function(VM& vm, Realm& realm, std::string_view name, NativeFunctionPointer function,
                            std::uint32_t length, JSObject* prototype = nullptr) {
    JSObject* native =
        realm.global_object()->define_native_function(vm, realm, PropertyKey::from_ascii(vm, name), function, length);
    if (prototype) static_cast<NativeFunction*>(native)->captures().push_back(Value(prototype));
}

} // namespace

ThrowCompletion throw_invalid_function_argument(VM& vm, std::string_view name, Value received) {
    JSObject* error = vm.create_error(ErrorType::TypeError, "The \"" + std::string(name) +
                                                                "\" argument must be of type function. Received " +
                                                                received_text(vm, received));
    error->define_direct_property(vm, PropertyKey::from_ascii(vm, "code"),
                                  Value(JSString::from_ascii(vm, "ERR_INVALID_ARG_TYPE")), kBuiltinAttributes);
    return vm.throw_value(Value(error));
}

void install_timers(VM& vm, Realm& realm) {
    JSObject* timeout_prototype = make_host_prototype(vm, realm, "Timeout");
    timeout_prototype->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "ref"), timeout_ref, 0);
    timeout_prototype->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "unref"), timeout_unref, 0);
    timeout_prototype->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "hasRef"), timeout_has_ref, 0);
    timeout_prototype->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "refresh"), timeout_refresh, 0);
    timeout_prototype->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "close"), timeout_close, 0);
    timeout_prototype->define_native_function(vm, realm, PropertyKey::from_symbol(vm.well_known_symbols().toPrimitive),
                                              timeout_to_primitive, 0);
    JSObject* immediate_prototype = make_host_prototype(vm, realm, "Immediate");
    immediate_prototype->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "ref"), immediate_ref, 0);
    immediate_prototype->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "unref"), immediate_unref, 0);
    immediate_prototype->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "hasRef"), immediate_has_ref,
                                                0);

    define_global_function(vm, realm, "setTimeout", set_timeout, 5, timeout_prototype);
    define_global_function(vm, realm, "setInterval", set_interval, 5, timeout_prototype);
    define_global_function(vm, realm, "clearTimeout", clear_timeout, 1);
    define_global_function(vm, realm, "clearInterval", clear_timeout, 1);
    define_global_function(vm, realm, "setImmediate", set_immediate, 4, immediate_prototype);
    define_global_function(vm, realm, "clearImmediate", clear_immediate, 1);
    define_global_function(vm, realm, "queueMicrotask", queue_microtask, 1);
}

} // namespace yjs
