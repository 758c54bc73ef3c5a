// yieldjs::Runtime (include/yieldjs/runtime.h).
#include "host/inspect.h"
#include "host/module_loader.h"
#include "host/runtime_state.h"
#include "host/script.h"
#include "runtime/abstract_ops.h"
#include "runtime/array.h"
#include "runtime/function.h"
#include "runtime/promise.h"
#include "runtime/realm.h"
#include "runtime/string.h"
#include "runtime/unicode.h"
#include "runtime/vm.h"
#include "vm/code_block.h"
#include "vm/interpreter.h"
#include "vm/module.h"
#include "yieldjs/yieldjs.h"

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>

namespace yieldjs {

const char* version() {
    return "0.1.0";
}

namespace {

using detail::RuntimeState;

Error syntax_error(const yjs::SourceError& source_error, const yjs::SourceCode& source) {
    Error error;
    error.kind = ErrorKind::Syntax;
    error.name = "SyntaxError";
    error.message = source_error.message;
    error.file = source.url;
    error.line = source_error.line;
    error.column = source_error.column;
    error.source_line = yjs::source_line(source.text, source_error.line);
    error.at_end_of_input = yjs::is_at_end_of_input(source.text, source_error);
    error.report = yjs::format_syntax_error(source.url, source.text, source_error);
    return error;
}

Error syntax_error(const yjs::CompiledSource& compiled) {
    return syntax_error(*compiled.error, *compiled.source);
}

// A file that could not be opened (errno says why).
Error open_error(const std::string& path) {
    Error error;
    error.kind = ErrorKind::Io;
    error.file = path;
    error.message = std::strerror(errno);
    error.report = "cannot open '" + path + "': " + error.message;
    return error;
}

// The error for a module graph that could not be loaded or linked: the parse error that stopped it, or
// the exception pending in the VM.
Error link_error(RuntimeState& state) {
    yjs::Value exception = state.vm->take_exception();
    const auto& parse_error = state.module_loader->last_parse_error();
    if (parse_error && parse_error->thrown.bits() == exception.bits())
        return syntax_error(parse_error->error, *parse_error->source);
    Error error = state.exception_error(exception);
    error.kind = ErrorKind::Link;
    error.report = error.name.empty() ? error.message : error.name + ": " + error.message;
    return error;
}

// Reports the rejection of a module that awaited at the top level as an uncaught exception.
yjs::ThrowCompletionOr<void> module_settled(yjs::VM& vm, yjs::Cell*, yjs::Value value, bool rejected) {
    if (rejected) return vm.throw_value(value);
    return {};
}

yjs::ErrorType engine_error_type(ErrorType type) {
    switch (type) {
    case ErrorType::Error:
        return yjs::ErrorType::Error;
    case ErrorType::EvalError:
        return yjs::ErrorType::EvalError;
    case ErrorType::RangeError:
        return yjs::ErrorType::RangeError;
    case ErrorType::ReferenceError:
        return yjs::ErrorType::ReferenceError;
    case ErrorType::SyntaxError:
        return yjs::ErrorType::SyntaxError;
    case ErrorType::TypeError:
        return yjs::ErrorType::TypeError;
    case ErrorType::URIError:
        return yjs::ErrorType::URIError;
    }
    return yjs::ErrorType::Error;
}

// The native behaviour of functions made by define_function: capture 0 indexes
// RuntimeState::native_functions.
yjs::ThrowCompletionOr<yjs::Value> call_native_function(yjs::VM& vm, const yjs::NativeCallInfo& call) {
    auto* callee = static_cast<yjs::NativeFunction*>(call.callee);
    RuntimeState& state = detail::state_of(callee);
    const NativeFunction& function =
        state.native_functions[static_cast<std::size_t>(callee->capture(0).as_number())];
    Value this_value = state.wrap(call.this_value);
    std::vector<Value> arguments;
    arguments.reserve(call.argument_count());
    for (yjs::Value argument : call.arguments)
        arguments.push_back(state.wrap(argument));
    Result<Value> result = function(state.runtime, this_value, arguments);
    if (result.ok()) return RuntimeState::unwrap(result.value());
    const Error& error = result.error();
    if (error.kind == ErrorKind::Terminated) return vm.throw_termination();
    if (error.kind == ErrorKind::Exception && error.exception)
        return vm.throw_value(RuntimeState::unwrap(*error.exception));
    return vm.throw_error(yjs::ErrorType::Error, error.message.empty() ? error.report : error.message);
}

} // namespace

Runtime::Runtime(RuntimeOptions options)
    : state_(std::make_unique<RuntimeState>(*this, std::move(options))) {}

Runtime::~Runtime() = default;

const RuntimeOptions& Runtime::options() const {
    return state_->options;
}

Result<Value> Runtime::evaluate_script(std::string_view source, std::string_view filename) {
    yjs::VM& vm = *state_->vm;
    detail::ExecutionScope scope(*state_);
    yjs::CompiledSource compiled =
        yjs::compile_source(vm, yjs::utf8_to_utf16(source), std::string(filename), /*is_module=*/false);
    if (compiled.error) return syntax_error(compiled);
    auto completion = vm.interpreter().run_script(compiled.code, *state_->realm);
    if (completion.is_error() || scope.terminated()) return state_->take_exception_error();
    return state_->wrap(completion.value());
}

Result<Value> Runtime::run_file(const std::string& path) {
    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (!file) return open_error(path);
    std::string contents;
    char buffer[65536];
    while (std::size_t count = std::fread(buffer, 1, sizeof buffer, file))
        contents.append(buffer, count);
    std::fclose(file);
    return evaluate_script(contents, path);
}

Result<void> Runtime::run_module(const std::string& path) {
    RuntimeState& state = *state_;
    yjs::VM& vm = *state.vm;
    // The loader would report a missing file as a link error; the embedder gets an I/O error instead.
    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (!file) return open_error(path);
    std::fclose(file);
    detail::ExecutionScope scope(state);
    yjs::Realm* saved_realm = &vm.current_realm();
    vm.set_current_realm(state.realm);
    auto canonical = state.module_loader->resolve("", path[0] == '/' ? path : "./" + path);
    auto module = canonical.is_error() ? yjs::ThrowCompletionOr<yjs::SourceTextModule*>(yjs::kThrowCompletion)
                                       : state.module_loader->load(canonical.value());
    bool linked = !module.is_error() && !yjs::LoadRequestedModules(vm, module.value()).is_error() &&
                  !yjs::Link(vm, module.value()).is_error();
    if (!linked) {
        vm.set_current_realm(saved_realm);
        return link_error(state);
    }
    auto promise = yjs::Evaluate(vm, module.value());
    vm.set_current_realm(saved_realm);
    if (promise.is_error() || scope.terminated()) return state.take_exception_error();
    auto* evaluation = static_cast<yjs::PromiseObject*>(promise.value());
    switch (evaluation->state()) {
    case yjs::PromiseState::Rejected:
        evaluation->set_is_handled();
        return state.exception_error(evaluation->result());
    case yjs::PromiseState::Pending:
        yjs::PerformPromiseThen(vm, evaluation, module_settled, module.value());
        state.pending_modules.push_back(module.value());
        break;
    case yjs::PromiseState::Fulfilled:
        break;
    }
    return {};
}

bool Runtime::module_pending() {
    for (yjs::SourceTextModule* module : state_->pending_modules)
        if (module->status() != yjs::SourceTextModule::Status::Evaluated) return true;
    return false;
}

namespace {

// The API error for what stopped the event loop: an uncaught exception, or an unhandled rejection, which
// is reported as "Uncaught (in promise) ...".
Error loop_error(RuntimeState& state, const yjs::EventLoop::Failure& failure) {
    Error error = state.exception_error(failure.value);
    if (failure.unhandled_rejection) error.report.insert(std::strlen("Uncaught"), " (in promise)");
    return error;
}

} // namespace

Result<void> Runtime::run_jobs() {
    detail::ExecutionScope scope(*state_);
    auto failure = state_->event_loop->checkpoint();
    if (scope.terminated()) return state_->termination_error();
    if (failure) return loop_error(*state_, *failure);
    return {};
}

Result<bool> Runtime::run_one_turn() {
    detail::ExecutionScope scope(*state_);
    yjs::EventLoop::Turn turn = state_->event_loop->run_one_turn();
    if (scope.terminated()) return state_->termination_error();
    if (turn.failure) return loop_error(*state_, *turn.failure);
    return turn.more_work;
}

Result<void> Runtime::run_until_idle() {
    detail::ExecutionScope scope(*state_);
    auto failure = state_->event_loop->run_until_idle();
    if (scope.terminated()) return state_->termination_error();
    if (failure) return loop_error(*state_, *failure);
    return {};
}

void Runtime::terminate() {
    state_->vm->request_termination();
    state_->event_loop->wake();
}

void Runtime::post_task(Task task) {
    state_->event_loop->post_task([this, task = std::move(task)] { task(*this); });
}

int Runtime::exit_code() {
    yjs::VM& vm = *state_->vm;
    detail::ExecutionScope scope(*state_);
    auto process =
        state_->realm->global_object()->lookup_own_storage(yjs::PropertyKey::from_ascii(vm, "process"));
    if (!process || !process->value.is_object()) return 0;
    auto code = process->value.as_object()->get(vm, yjs::PropertyKey::from_ascii(vm, "exitCode"));
    if (code.is_error() || !code.value().is_number()) {
        vm.clear_exception();
        return 0;
    }
    double status = code.value().as_number();
    return std::isfinite(status) ? static_cast<int>(static_cast<std::int64_t>(status) & 0xFF) : 0;
}

Value Runtime::undefined() {
    return state_->wrap(yjs::Value::undefined());
}
Value Runtime::null() {
    return state_->wrap(yjs::Value::null());
}
Value Runtime::boolean(bool value) {
    return state_->wrap(yjs::Value::boolean(value));
}
Value Runtime::number(double value) {
    return state_->wrap(yjs::Value(value));
}

Value Runtime::string(std::string_view utf8) {
    return state_->wrap(yjs::JSString::from_utf8(*state_->vm, utf8));
}

Value Runtime::new_object() {
    return state_->wrap(
        yjs::JSObject::create(*state_->vm, state_->realm->intrinsic(yjs::Intrinsic::ObjectPrototype)));
}

Value Runtime::new_array(std::span<const Value> elements) {
    yjs::MarkedValueVector values(state_->vm->heap());
    for (const Value& element : elements)
        values.push_back(RuntimeState::unwrap(element));
    return state_->wrap(yjs::CreateArrayFromList(*state_->vm, values.span()));
}

Value Runtime::new_error(ErrorType type, std::string_view message) {
    return state_->wrap(state_->vm->create_error(engine_error_type(type), message));
}

PendingPromise Runtime::new_promise() {
    yjs::VM& vm = *state_->vm;
    yjs::JSObject* constructor = state_->realm->intrinsic(yjs::Intrinsic::PromiseConstructor);
    // NewPromiseCapability(%Promise%) cannot fail for the intrinsic constructor.
    yjs::PromiseCapability capability = yjs::NewPromiseCapability(vm, yjs::Value(constructor)).value();
    return {state_->wrap(capability.promise), state_->wrap(capability.resolve),
            state_->wrap(capability.reject)};
}

namespace {

Result<void> call_settle_function(const Value& function, const Value& argument) {
    Result<Value> result = function.call(Value(), std::span<const Value>(&argument, 1));
    if (!result.ok()) return result.error();
    return {};
}

} // namespace

Result<void> PendingPromise::resolve(const Value& value) const {
    return call_settle_function(resolve_function, value);
}

Result<void> PendingPromise::reject(const Value& reason) const {
    return call_settle_function(reject_function, reason);
}

Value Runtime::global_object() {
    return state_->wrap(state_->realm->global_object());
}

Result<void> Runtime::define_function(std::string_view name, NativeFunction function, unsigned length) {
    yjs::VM& vm = *state_->vm;
    yjs::Realm& realm = *state_->realm;
    yjs::PropertyKey key = yjs::PropertyKey::from_string(vm, yjs::utf8_to_utf16(name));
    auto* native = yjs::NativeFunction::create(vm, realm, call_native_function, length, key);
    native->captures().push_back(yjs::Value(static_cast<double>(state_->native_functions.size())));
    state_->native_functions.push_back(std::move(function));
    yjs::PropertyDescriptor descriptor = yjs::PropertyDescriptor::data(native, yjs::kBuiltinAttributes);
    if (realm.global_object()->define_property_or_throw(vm, key, descriptor).is_error())
        return state_->take_exception_error();
    return {};
}

Result<std::string> Runtime::disassemble(std::string_view source, std::string_view filename, bool is_module) {
    yjs::CompiledSource compiled =
        yjs::compile_source(*state_->vm, yjs::utf8_to_utf16(source), std::string(filename), is_module);
    if (compiled.error) return syntax_error(compiled);
    return yjs::disassemble(*compiled.code);
}

Result<std::string> Runtime::format_for_console(const Value& value) {
    yjs::Value engine_value = RuntimeState::unwrap(value);
    detail::ExecutionScope scope(*state_);
    auto text = yjs::format_arguments(*state_->vm, std::span<const yjs::Value>(&engine_value, 1));
    if (text.is_error() || scope.terminated()) return state_->take_exception_error();
    return yjs::utf16_to_utf8(text.value());
}

void Runtime::report_error(const Error& error) {
    state_->write_stderr(error.report + "\n");
}

void Runtime::collect_garbage() {
    state_->vm->heap().collect_garbage();
}

} // namespace yieldjs
