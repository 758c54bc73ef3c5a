#include "host/console.h"

#include "host/console_table.h"
#include "host/inspect.h"
#include "host/runtime_state.h"
#include "host/script.h"
#include "runtime/abstract_ops.h"
#include "runtime/function.h"
#include "runtime/number_conversion.h"
#include "runtime/realm.h"
#include "runtime/string.h"
#include "runtime/unicode.h"
#include "runtime/vm.h"
#include "vm/interpreter.h"

#include <cmath>
#include <string>

namespace yjs {

namespace {

using yieldjs::detail::RuntimeState;

enum class Stream { Stdout, Stderr };

// Writes one formatted message, indented by the current console.group nesting, and a newline.
void emit(RuntimeState& state, Stream stream, const std::u16string& message) {
    std::string text = utf16_to_utf8(message);
    const std::string& indentation = state.console.group_indentation;
    if (!indentation.empty()) {
        std::string indented = indentation;
        for (char c : text) {
            indented += c;
            if (c == '\n') indented += indentation;
        }
        text = std::move(indented);
    }
    text += '\n';
    if (stream == Stream::Stdout)
        state.write_stdout(text);
    else
        state.write_stderr(text);
}

ThrowCompletionOr<Value> print_arguments(VM& vm, const NativeCallInfo& call, Stream stream) {
    std::u16string message = TRY(format_arguments(vm, call.arguments));
    emit(yieldjs::detail::state_of(call.callee), stream, message);
    return Value::undefined();
}

ThrowCompletionOr<Value> console_log(VM& vm, const NativeCallInfo& call) {
    return print_arguments(vm, call, Stream::Stdout);
}

ThrowCompletionOr<Value> console_error(VM& vm, const NativeCallInfo& call) {
    return print_arguments(vm, call, Stream::Stderr);
}

// "Trace: <message>" and the current JavaScript stack, on stderr.
ThrowCompletionOr<Value> console_trace(VM& vm, const NativeCallInfo& call) {
    std::u16string message = TRY(format_arguments(vm, call.arguments));
    std::u16string text = u"Trace";
    if (!message.empty()) text += u": " + message;
    for (const StackTraceEntry& frame : vm.interpreter().capture_stack_trace()) {
        std::string location = (frame.url.empty() ? "<anonymous>" : frame.url) + ":" +
                               std::to_string(frame.line) + ":" + std::to_string(frame.column);
        std::string line;
        if (frame.function_name.empty() && !frame.is_constructor) {
            line = location;
        } else {
            line = (frame.is_constructor ? "new " : "") +
                   (frame.function_name.empty() ? std::string("<anonymous>") : frame.function_name) + " (" +
                   location + ")";
        }
        text += u"\n    at " + utf8_to_utf16(line);
    }
    emit(yieldjs::detail::state_of(call.callee), Stream::Stderr, text);
    return Value::undefined();
}

// console.assert(value, ...data): when value is falsy, warns "Assertion failed" (followed by ": " and the
// first datum converted to a string, which may hold placeholders for the rest).
ThrowCompletionOr<Value> console_assert(VM& vm, const NativeCallInfo& call) {
    if (ToBoolean(call.argument(0))) return Value::undefined();
    MarkedValueVector arguments(vm.heap());
    for (std::size_t i = 1; i < call.argument_count(); ++i)
        arguments.push_back(call.arguments[i]);
    if (arguments.empty()) {
        arguments.push_back(JSString::from_ascii(vm, "Assertion failed"));
    } else {
        JSString* first = TRY(ToString(vm, arguments[0]));
        if (std::uint64_t(first->length()) + 18 > JSString::kMaxLength)
            return vm.throw_range_error("Invalid string length");
        arguments[0] = JSString::concat(vm, JSString::from_ascii(vm, "Assertion failed: "), first);
    }
    std::u16string message = TRY(format_arguments(vm, arguments.span()));
    emit(yieldjs::detail::state_of(call.callee), Stream::Stderr, message);
    return Value::undefined();
}

// console.dir(value, options): inspect with the options depth, showHidden, breakLength and compact.
ThrowCompletionOr<Value> console_dir(VM& vm, const NativeCallInfo& call) {
    InspectOptions options;
    if (call.argument(1).is_object()) {
        JSObject* given = call.argument(1).as_object();
        Value depth = TRY(given->get(vm, PropertyKey::from_ascii(vm, "depth")));
        if (depth.is_null())
            options.depth = InspectOptions::kUnlimitedDepth;
        else if (depth.is_number())
            options.depth = std::isinf(depth.as_number()) ? InspectOptions::kUnlimitedDepth
                                                          : static_cast<int>(depth.as_number());
        Value show_hidden = TRY(given->get(vm, PropertyKey::from_ascii(vm, "showHidden")));
        if (!show_hidden.is_undefined()) options.show_hidden = ToBoolean(show_hidden);
        Value break_length = TRY(given->get(vm, PropertyKey::from_ascii(vm, "breakLength")));
        if (break_length.is_number())
            options.break_length = std::isinf(break_length.as_number())
                                       ? INT_MAX / 2
                                       : static_cast<int>(break_length.as_number());
        Value compact = TRY(given->get(vm, PropertyKey::from_ascii(vm, "compact")));
        if (compact.is_number())
            options.compact = static_cast<int>(compact.as_number());
        else if (compact.is_false())
            options.compact = 0;
    }
    std::u16string text = TRY(inspect(vm, call.argument(0), options));
    emit(yieldjs::detail::state_of(call.callee), Stream::Stdout, text);
    return Value::undefined();
}

ThrowCompletionOr<std::string> label_of(VM& vm, const NativeCallInfo& call) {
    if (call.argument(0).is_undefined()) return std::string("default");
    return TRY(ToString(vm, call.argument(0)))->to_utf8();
}

ThrowCompletionOr<Value> console_count(VM& vm, const NativeCallInfo& call) {
    std::string label = TRY(label_of(vm, call));
    RuntimeState& state = yieldjs::detail::state_of(call.callee);
    unsigned long long count = ++state.console.counts[label];
    emit(state, Stream::Stdout, utf8_to_utf16(label + ": " + std::to_string(count)));
    return Value::undefined();
}

ThrowCompletionOr<Value> console_count_reset(VM& vm, const NativeCallInfo& call) {
    std::string label = TRY(label_of(vm, call));
    yieldjs::detail::state_of(call.callee).console.counts.erase(label);
    return Value::undefined();
}

ThrowCompletionOr<Value> console_group(VM& vm, const NativeCallInfo& call) {
    if (call.argument_count() > 0) TRY(print_arguments(vm, call, Stream::Stdout));
    yieldjs::detail::state_of(call.callee).console.group_indentation += "  ";
    return Value::undefined();
}

ThrowCompletionOr<Value> console_group_end(VM&, const NativeCallInfo& call) {
    std::string& indentation = yieldjs::detail::state_of(call.callee).console.group_indentation;
    if (indentation.size() >= 2) indentation.resize(indentation.size() - 2);
    return Value::undefined();
}

ThrowCompletionOr<Value> console_time(VM& vm, const NativeCallInfo& call) {
    std::string label = TRY(label_of(vm, call));
    yieldjs::detail::state_of(call.callee)
        .console.timers.try_emplace(label, std::chrono::steady_clock::now());
    return Value::undefined();
}

// "<label>: <elapsed>" (and, for timeLog, the formatted extra arguments); timeEnd also stops the timer.
ThrowCompletionOr<Value> report_timer(VM& vm, const NativeCallInfo& call, bool stop) {
    std::string label = TRY(label_of(vm, call));
    RuntimeState& state = yieldjs::detail::state_of(call.callee);
    auto timer = state.console.timers.find(label);
    if (timer == state.console.timers.end()) return Value::undefined();
    double ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - timer->second).count();
    std::string elapsed =
        ms >= 1000 ? NumberToFixed(ms / 1000, 3) + "s" : NumberToString(std::round(ms * 1000) / 1000) + "ms";
    std::u16string text = utf8_to_utf16(label + ": " + elapsed);
    if (!stop && call.argument_count() > 1) {
        text += u" " + TRY(format_arguments(vm, call.arguments.subspan(1)));
    }
    if (stop) state.console.timers.erase(timer);
    emit(state, Stream::Stdout, text);
    return Value::undefined();
}

ThrowCompletionOr<Value> console_time_end(VM& vm, const NativeCallInfo& call) {
    return report_timer(vm, call, true);
}

ThrowCompletionOr<Value> console_time_log(VM& vm, const NativeCallInfo& call) {
    return report_timer(vm, call, false);
}

// console.table(data, properties).
ThrowCompletionOr<Value> console_table(VM& vm, const NativeCallInfo& call) {
    Value data = call.argument(0);
    auto table = TRY(format_table(vm, data, call.argument(1)));
    if (!table) table = TRY(format_arguments(vm, std::span<const Value>(&data, 1)));
    emit(yieldjs::detail::state_of(call.callee), Stream::Stdout, *table);
    return Value::undefined();
}

} // namespace

void install_console(VM& vm, Realm& realm) {
    JSObject* console = JSObject::create(vm, realm.intrinsic(Intrinsic::ObjectPrototype));
    struct Method {
        const char* name;
        JSObject::NativeFunctionPointer function;
    };
    static constexpr Method kMethods[] = {
        {"log", console_log},
        {"info", console_log},
        {"debug", console_log},
        {"warn", console_error},
        {"error", console_error},
        {"trace", console_trace},
        {"assert", console_assert},
        {"dir", console_dir},
        {"table", console_table},
        {"count", console_count},
        {"countReset", console_count_reset},
        {"group", console_group},
        {"groupCollapsed", console_group},
        {"groupEnd", console_group_end},
        {"time", console_time},
        {"timeEnd", console_time_end},
        {"timeLog", console_time_log},
    };
    // Console methods are enumerable own properties, as in Node.
    for (const Method& method : kMethods)
        console->define_native_function(vm, realm, PropertyKey::from_ascii(vm, method.name), method.function,
                                        0, kDefaultDataAttributes);
    realm.global_object()->define_direct_property(vm, PropertyKey::from_ascii(vm, "console"), console,
                                                  kBuiltinAttributes);
}

} // namespace yjs
