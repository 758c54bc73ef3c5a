// A small `process` object in the manner of Node's: argv, env, exit, exitCode, platform, nextTick, cwd, and
// stdout/stderr with write(); and Node's `global`.
#include "host/event_loop.h"
#include "host/runtime_state.h"
#include "runtime/abstract_ops.h"
#include "runtime/array.h"
#include "runtime/function.h"
#include "runtime/realm.h"
#include "runtime/string.h"
#include "runtime/vm.h"

#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

extern char** environ;

namespace yjs {

namespace {

constexpr const char* kPlatform =
#if defined(__linux__)
    "linux";
#elif defined(__APPLE__)
    "darwin";
#else
    "unknown";
#endif

JSString* string_value(VM& vm, std::string_view utf8) {
    return JSString::from_utf8(vm, utf8);
}

// process.nextTick(callback[, ...args]): runs before the promise jobs at the next checkpoint.
ThrowCompletionOr<Value> process_next_tick(VM& vm, const NativeCallInfo& call) {
    Value callback = call.argument(0);
    if (!IsCallable(callback)) return throw_invalid_function_argument(vm, "callback", callback);
    std::span<const Value> arguments = call.arguments.subspan(1);
    yieldjs::detail::state_of(call.callee).event_loop->queue_tick(callback, arguments);
    return Value::undefined();
}

// process.exit([code]): ends the process at once with `code`, or process.exitCode, or 0.
ThrowCompletionOr<Value> process_exit(VM& vm, const NativeCallInfo& call) {
    Value code = call.argument(0);
    JSObject* process = static_cast<NativeFunction*>(call.callee)->capture(0).as_object();
    PropertyKey exit_code_key = PropertyKey::from_ascii(vm, "exitCode");
    if (!code.is_undefined()) TRY(process->set(vm, exit_code_key, code, true));
    else code = TRY(process->get(vm, exit_code_key));
    double status = code.is_nullish() ? 0 : TRY(ToNumber(vm, code));
    if (!std::isfinite(status) || status != std::trunc(status))
        return vm.throw_range_error("The value of \"code\" is out of range. It must be an integer.");
    std::fflush(stdout);
    std::fflush(stderr);
    std::_Exit(static_cast<int>(static_cast<std::int64_t>(status) & 0xFF));
}

ThrowCompletionOr<Value> process_cwd(VM& vm, const NativeCallInfo&) {
    std::string path(4096, '\0');
    if (!getcwd(path.data(), path.size())) return vm.throw_error(ErrorType::Error, "process.cwd() failed");
    path.resize(std::char_traits<char>::length(path.c_str()));
    return Value(string_value(vm, path));
}

// stdout.write(chunk) / stderr.write(chunk): writes ToString(chunk) as UTF-8; returns true.
ThrowCompletionOr<Value> write_stream(VM& vm, const NativeCallInfo& call, bool to_stderr) {
    JSString* text = TRY(ToString(vm, call.argument(0)));
    auto& state = yieldjs::detail::state_of(call.callee);
    if (to_stderr) state.write_stderr(text->to_utf8());
    else state.write_stdout(text->to_utf8());
    return Value::boolean(true);
}

ThrowCompletionOr<Value> stdout_write(VM& vm, const NativeCallInfo& call) {
    return write_stream(vm, call, false);
}

ThrowCompletionOr<Value> stderr_write(VM& vm, const NativeCallInfo& call) {
    return write_stream(vm, call, true);
}

JSObject* make_stream(VM& vm, Realm& realm, NativeFunctionPointer write, int fd) {
    JSObject* stream = JSObject::create(vm, realm.intrinsic(Intrinsic::ObjectPrototype));
    stream->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "write"), write, 1);
    stream->define_direct_property(vm, PropertyKey::from_ascii(vm, "fd"), Value(static_cast<double>(fd)),
                                   kDefaultDataAttributes);
    stream->define_direct_property(vm, PropertyKey::from_ascii(vm, "isTTY"), Value::boolean(isatty(fd) == 1),
                                   kDefaultDataAttributes);
    return stream;
}

} // namespace

void install_process(VM& vm, Realm& realm) {
    auto& state = yieldjs::detail::state_of(realm);
    JSObject* process = JSObject::create(vm, realm.intrinsic(Intrinsic::ObjectPrototype));
    auto define = [&](std::string_view name, Value value) {
        process->define_direct_property(vm, PropertyKey::from_ascii(vm, name), value, kDefaultDataAttributes);
    };

    MarkedValueVector argv(vm.heap());
    for (const std::string& argument : state.options.argv)
        argv.push_back(Value(string_value(vm, argument)));
    define("argv", Value(CreateArrayFromList(vm, argv.span())));

    JSObject* env = JSObject::create(vm, realm.intrinsic(Intrinsic::ObjectPrototype));
    for (char** entry = environ; entry && *entry; ++entry) {
        std::string_view text(*entry);
        std::size_t equals = text.find('=');
        if (equals == std::string_view::npos || equals == 0) continue;
        PropertyKey key = PropertyKey::from_string(vm, string_value(vm, text.substr(0, equals)));
        env->define_direct_property(vm, key, Value(string_value(vm, text.substr(equals + 1))), kDefaultDataAttributes);
    }
    define("env", Value(env));
    define("exitCode", Value::undefined());
    define("platform", Value(string_value(vm, kPlatform)));
    define("stdout", Value(make_stream(vm, realm, stdout_write, 1)));
    define("stderr", Value(make_stream(vm, realm, stderr_write, 2)));

    process->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "nextTick"), process_next_tick, 1);
    process->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "cwd"), process_cwd, 0);
    JSObject* exit = process->define_native_function(vm, realm, PropertyKey::from_ascii(vm, "exit"), process_exit, 1);
    static_cast<NativeFunction*>(exit)->captures().push_back(Value(process));

    realm.global_object()->define_direct_property(vm, PropertyKey::from_ascii(vm, "process"), Value(process),
                                                  kBuiltinAttributes);
    // Node's `global`: the global object itself. Bundled code reaches the global object through it
    // (`typeof global == "object" ? global : self`).
    realm.global_object()->define_direct_property(vm, PropertyKey::from_ascii(vm, "global"),
                                                  Value(realm.global_object()), kBuiltinAttributes);
}

} // namespace yjs
