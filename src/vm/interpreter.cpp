#include "vm/interpreter.h"

#include "runtime/abstract_ops.h"
#include "runtime/error.h"
#include "runtime/function.h"
#include "runtime/realm.h"
#include "runtime/safe_point.h"
#include "runtime/vm.h"
#include "vm/arguments_object.h"
#include "vm/code_block.h"
#include "vm/environment.h"
#include "vm/eval.h"
#include "vm/generator_object.h"
#include "vm/interpreter_internal.h"
#include "vm/js_function.h"

#include <algorithm>
#include <cassert>
#include <typeinfo>

namespace yjs {

namespace {

constexpr std::size_t kFrameWords = sizeof(Frame) / sizeof(Value);
// Generator and async frames linked into the chain at once (each takes only a header on the register
// stack, and resuming one recurses neither natively nor through the stack check of ordinary calls).
constexpr std::uint32_t kMinHeapFrameDepth = 10000;

} // namespace

// --- Frame ---

std::uint32_t Frame::register_count() const { return code_block ? code_block->register_count : 0; }

Value Frame::this_binding() const { return this_box ? this_box->value : this_value; }

void Frame::set_this_binding(Value value) {
    if (this_box) this_box->value = value;
    else this_value = value;
}

void Frame::visit(Visitor& visitor) const {
    visitor.visit(code_block);
    std::uint32_t count = register_count();
    for (std::uint32_t i = 0; i < count; ++i) visitor.visit(registers[i]);
    visitor.visit(accumulator);
    visitor.visit(context);
    visitor.visit(this_value);
    visitor.visit(this_box);
    visitor.visit(new_target);
    visitor.visit(callee);
    for (std::uint32_t i = 0; arguments && i < argument_count; ++i) visitor.visit(arguments[i]);
    visitor.visit(owner);
    visitor.visit(mapped_arguments);
    visitor.visit(caller_realm);
}

// --- Impl ---

Interpreter::Impl::Impl(VM& vm) : vm(vm), chains(vm.heap()) {}
Interpreter::Impl::~Impl() = default;

void Interpreter::Impl::allocate_stack(std::size_t bytes) {
    std::size_t words = std::max<std::size_t>(bytes / sizeof(Value), 4 * 1024);
    // Uninitialised on purpose: only live frames' registers are ever read, and those are initialised.
    stack.reset(new std::uint64_t[words]);
    stack_begin = reinterpret_cast<Value*>(stack.get());
    stack_end = stack_begin + words;
    stack_top = stack_begin;
    max_heap_frame_depth = std::max<std::uint32_t>(kMinHeapFrameDepth, static_cast<std::uint32_t>(words / 64));
}

JSFunction::LexicalRecord* Interpreter::Impl::arrow_lexical_record(Frame& frame,
                                                                   const CodeBlock& arrow_code) {
    JSFunction::Lexical lexical;
    // See JSFunction::create.
    if (arrow_code.function_realm != &vm.current_realm()) lexical.realm = &vm.current_realm();
    lexical.new_target = frame.new_target;
    lexical.function = frame.callee ? frame.callee->active_function() : nullptr;
    // A derived constructor before super(): arrows must share the binding super() will make.
    if (!frame.this_box && frame.this_value.is_empty())
        frame.this_box = vm.heap().allocate<ThisBox>(frame.this_value);
    if (frame.this_box)
        lexical.this_box = frame.this_box;
    else
        lexical.this_value = frame.this_value;
    // The record is immutable, so arrows whose creators had the same bindings can share it.
    if (!last_arrow_lexical || !(last_arrow_lexical->lexical == lexical))
        last_arrow_lexical = vm.heap().allocate<JSFunction::LexicalRecord>(lexical);
    return last_arrow_lexical;
}

Frame* Interpreter::Impl::push_stack_frame(CodeBlock* code) {
    if (!stack) allocate_stack(stack_size_bytes);
    std::size_t words = kFrameWords + code->register_count;
    if (static_cast<std::size_t>(stack_end - stack_top) < words) {
        interp::throw_stack_overflow(vm);
        return nullptr;
    }
    auto* frame = new (stack_top) Frame();
    frame->registers = reinterpret_cast<Value*>(frame + 1);
    frame->stack_restore = stack_top;
    stack_top += words;
    Value* registers = frame->registers;
    for (std::uint32_t i = 0; i < code->register_count; ++i) registers[i] = Value::undefined();
    return frame;
}

Frame* Interpreter::Impl::push_frame_header() {
    if (!stack) allocate_stack(stack_size_bytes);
    if (static_cast<std::size_t>(stack_end - stack_top) < kFrameWords) {
        interp::throw_stack_overflow(vm);
        return nullptr;
    }
    auto* frame = new (stack_top) Frame();
    frame->stack_restore = stack_top;
    stack_top += kFrameWords;
    return frame;
}

Frame* Interpreter::Impl::enter_function(JSFunction* function, Value this_argument, const Value* arguments,
                                         std::uint32_t count, JSObject* new_target, bool exits_loop) {
    CodeBlock* code = function->code_block();
    // Also sets the heap-frame limit, which the first call may need before any stack frame exists.
    if (!stack) allocate_stack(stack_size_bytes);
    // (JSFunction::is_class_constructor on the code block already at hand.)
    if (!new_target &&
        (code->code_kind == CodeKind::ClassConstructor || code->code_kind == CodeKind::DerivedConstructor)) {
        // [[Call]] step 5: the TypeError is created in the callee's realm.
        std::string name = code->name ? code->name->to_utf8() : std::string();
        std::string message = "Class constructor " + name + " cannot be invoked without 'new'";
        vm.throw_value(ErrorObject::create(vm, *function->realm(), ErrorType::TypeError,
                                           JSString::from_utf8(vm, message)));
        return nullptr;
    }
    Realm* callee_realm = function->realm();

    // OrdinaryCallBindThis / the [[Construct]] this argument.
    Value this_value;
    ThisBox* this_box = nullptr;
    Value new_target_value;
    if (new_target) {
        new_target_value = Value(new_target);
        if (code->code_kind == CodeKind::DerivedConstructor) {
            this_value = Value::empty();
        } else {
            auto prototype = GetPrototypeFromConstructor(vm, new_target, Intrinsic::ObjectPrototype);
            if (prototype.is_error()) return nullptr;
            this_value = Value(JSObject::create_with_inline_slots(vm, prototype.value(), code->constructed_slots));
        }
    } else if (code->code_kind == CodeKind::Arrow) {
        const JSFunction::Lexical& lexical = function->lexical();
        this_value = lexical.this_value;
        this_box = lexical.this_box;
        new_target_value = lexical.new_target;
    } else if (code->strict) {
        this_value = this_argument;
    } else if (this_argument.is_nullish()) {
        this_value = Value(callee_realm->global_environment()->global_this());
    } else if (this_argument.is_object()) {
        this_value = this_argument;
    } else {
        Realm* saved_realm = &vm.current_realm();
        vm.set_current_realm(callee_realm);
        auto object = ToObject(vm, this_argument);
        vm.set_current_realm(saved_realm);
        if (object.is_error()) return nullptr;
        this_value = Value(object.value());
    }

    Frame* frame = nullptr;
    if (code->function_kind == FunctionKind::Normal) {
        frame = push_stack_frame(code);
        if (!frame) return nullptr;
    } else {
        // Generators and async functions: the frame's registers live in the object created here.
        if (heap_frame_depth >= max_heap_frame_depth) {
            interp::throw_stack_overflow(vm);
            return nullptr;
        }
        Cell* owner = nullptr;
        Value* registers = nullptr;
        FrameKind kind = FrameKind::Generator;
        switch (code->function_kind) {
        case FunctionKind::Normal:
            break;
        case FunctionKind::Generator: {
            auto* generator = GeneratorObject::create(vm, function, this_value);
            owner = generator;
            registers = generator->registers();
            break;
        }
        case FunctionKind::Async: {
            if (!promise_hooks.new_promise_capability || !promise_hooks.await) {
                vm.throw_type_error("async functions are not supported yet (Promise is missing)");
                return nullptr;
            }
            // NewPromiseCapability(%Promise%) of the callee's realm (EvaluateAsyncFunctionBody runs in it).
            Realm* caller_realm = &vm.current_realm();
            vm.set_current_realm(callee_realm);
            auto capability = promise_hooks.new_promise_capability(vm);
            vm.set_current_realm(caller_realm);
            if (capability.is_error()) return nullptr;
            auto* async_object = AsyncFunctionObject::create(vm, function, this_value, capability.value());
            async_object->set_running(true);
            owner = async_object;
            registers = async_object->registers();
            kind = FrameKind::Async;
            break;
        }
        case FunctionKind::AsyncGenerator: {
            auto* generator = AsyncGeneratorObject::create(vm, function, this_value);
            owner = generator;
            registers = generator->registers();
            kind = FrameKind::AsyncGenerator;
            break;
        }
        }
        frame = push_frame_header();
        if (!frame) return nullptr;
        frame->registers = registers;
        frame->owner = owner;
        frame->kind = kind;
        ++heap_frame_depth;
    }

    frame->code_block = code;
    frame->ip = code->bytecode.data();
    frame->accumulator = Value::undefined();
    frame->context = function->environment();
    frame->this_value = this_value;
    frame->this_box = this_box;
    frame->new_target = new_target_value;
    frame->callee = function;
    frame->arguments = arguments;
    frame->argument_count = count;
    frame->caller = current_frame;
    frame->caller_realm = &vm.current_realm();
    frame->exits_loop = exits_loop;
    frame->is_construct = new_target != nullptr;
    frame->is_eval = false;

    Value* registers = frame->registers;
    std::uint32_t bound = std::min(count, code->parameter_count);
    for (std::uint32_t i = 0; i < bound; ++i) registers[i] = arguments[i];

    if (!code->feedback && code->feedback_slot_count)
        code->feedback = std::make_unique<FeedbackSlot[]>(code->feedback_slot_count);
    current_frame = frame;
    vm.set_current_realm(callee_realm);
    return frame;
}

Frame* Interpreter::Impl::enter_tail_call(JSFunction* function, Value this_argument, const Value* arguments,
                                          std::uint32_t count) {
    Frame* frame = current_frame;
    Value* base = frame->stack_restore;
    leave_frame(frame);
    // The arguments are registers of the popped frame, above `base`: moving them down overlaps nothing
    // still needed, and they fit in the space the frame had.
    for (std::uint32_t i = 0; i < count; ++i) base[i] = arguments[i];
    stack_top = base + count;
    Frame* callee = enter_function(function, this_argument, base, count, nullptr, false);
    if (!callee) {
        stack_top = base;
        return nullptr;
    }
    callee->stack_restore = base;
    return callee;
}

Frame* Interpreter::Impl::enter_code(CodeBlock* code, Environment* context, Value this_value, bool exits_loop) {
    Frame* frame = push_stack_frame(code);
    if (!frame) return nullptr;
    frame->code_block = code;
    frame->ip = code->bytecode.data();
    frame->accumulator = Value::undefined();
    frame->context = context;
    frame->this_value = this_value;
    frame->new_target = Value::undefined();
    frame->caller = current_frame;
    frame->caller_realm = &vm.current_realm();
    frame->exits_loop = exits_loop;
    if (!code->feedback && code->feedback_slot_count)
        code->feedback = std::make_unique<FeedbackSlot[]>(code->feedback_slot_count);
    current_frame = frame;
    return frame;
}

bool Interpreter::Impl::is_intrinsic_eval(Value callee) {
    if (!callee.is_object()) return false;
    JSObject* eval_function = vm.current_realm().intrinsic(Intrinsic::Eval);
    return eval_function && callee.as_object() == eval_function;
}

Frame* Interpreter::Impl::enter_direct_eval(Frame& caller, JSString* source, bool strict_caller) {
    auto code = prepare_direct_eval(vm, source, strict_caller, caller);
    if (code.is_error()) return nullptr;
    Frame* frame = enter_code(code.value(), caller.context, caller.this_value, false);
    if (!frame) return nullptr;
    frame->this_box = caller.this_box;
    frame->new_target = caller.new_target;
    frame->callee = caller.callee;
    frame->is_eval = true;
    return frame;
}

void Interpreter::Impl::leave_frame(Frame* frame, bool completed) {
    // Only stack frames record their mapped arguments: a heap frame's stay mapped to its registers, which
    // outlive it (HeapFrame::kRegistersAliased).
    if (frame->mapped_arguments) {
        frame->mapped_arguments->detach_registers(vm);
        frame->mapped_arguments = nullptr;
    }
    vm.set_current_realm(frame->caller_realm);
    current_frame = frame->caller;
    stack_top = frame->stack_restore;
    if (frame->kind == FrameKind::Normal) return;
    --heap_frame_depth;
    HeapFrame& state = heap_frame_of(*frame);
    if (completed) {
        state.release();
        return;
    }
    // Suspending: the registers are already in place; only the resume point and context are written back.
    const CodeBlock& code = *frame->code_block;
    state.suspend(code, frame->registers, static_cast<std::uint32_t>(frame->ip - code.bytecode.data()),
                  frame->context);
    assert(state.context() == frame->context);
}

HeapFrame& Interpreter::Impl::heap_frame_of(const Frame& frame) {
    switch (frame.kind) {
    case FrameKind::Generator:
        return static_cast<GeneratorObject*>(frame.owner)->heap_frame();
    case FrameKind::Async:
        return static_cast<AsyncFunctionObject*>(frame.owner)->heap_frame();
    case FrameKind::AsyncGenerator:
    case FrameKind::Normal:
        break;
    }
    return static_cast<AsyncGeneratorObject*>(frame.owner)->heap_frame();
}

Frame* Interpreter::Impl::link_heap_frame(Cell* owner, FrameKind kind, HeapFrame& state, Value* registers,
                                          bool exits_loop) {
    if (static_cast<std::size_t>(stack_end - stack_top) < kFrameWords) {
        interp::throw_stack_overflow(vm);
        return nullptr;
    }
    JSFunction* callee = state.callee();
    CodeBlock* code = callee->code_block();
    // An async arrow function's this and new.target are its creator's.
    const JSFunction::Lexical* lexical = code->code_kind == CodeKind::Arrow ? &callee->lexical() : nullptr;
    // Every field written once (this runs for every resumption).
    auto* frame = new (stack_top) Frame{
        .ip = code->bytecode.data() + state.resume_offset(*code),
        .code_block = code,
        .registers = registers,
        .accumulator = Value(),
        .context = state.context(),
        .this_value = lexical ? lexical->this_value : state.this_value(),
        .this_box = lexical ? lexical->this_box : nullptr,
        .new_target = lexical ? lexical->new_target : Value(),
        .callee = callee,
        .arguments = nullptr,
        .argument_count = 0,
        .caller = current_frame,
        .stack_restore = stack_top,
        .owner = owner,
        .mapped_arguments = nullptr,
        .caller_realm = &vm.current_realm(),
        .kind = kind,
        .exits_loop = exits_loop,
        .is_construct = false,
        .is_eval = false,
    };
    stack_top += kFrameWords;
    current_frame = frame;
    ++heap_frame_depth;
    vm.set_current_realm(callee->realm());
    return frame;
}

Frame* Interpreter::Impl::link_heap_frame(GeneratorObject* generator, bool exits_loop) {
    return link_heap_frame(generator, FrameKind::Generator, generator->heap_frame(), generator->registers(),
                           exits_loop);
}

Frame* Interpreter::Impl::link_heap_frame(AsyncFunctionObject* async_object, bool exits_loop) {
    return link_heap_frame(async_object, FrameKind::Async, async_object->heap_frame(),
                           async_object->registers(), exits_loop);
}

Frame* Interpreter::Impl::link_heap_frame(AsyncGeneratorObject* generator, bool exits_loop) {
    return link_heap_frame(generator, FrameKind::AsyncGenerator, generator->heap_frame(),
                           generator->registers(), exits_loop);
}

void Interpreter::Impl::resume_frame(Frame& frame, Value value, ResumeMode mode) {
    const std::uint8_t* ip = frame.ip;
    Value mode_value(static_cast<double>(static_cast<std::uint8_t>(mode)));
    switch (static_cast<Opcode>(*ip)) {
    case Opcode::Yield:
    case Opcode::Await:
        frame.registers[read_operand(ip, 0)] = mode_value;
        frame.ip = ip + size_of_instruction_at(ip);
        break;
    default: // InitialSuspend: only ever resumed with Next
        frame.ip = ip + size_of_instruction_at(ip);
        break;
    }
    frame.accumulator = value;
}

GeneratorObject* Interpreter::Impl::resumption_target(GeneratorObject* generator, ResumeMode mode) {
    if (!generator->is_linked()) [[likely]]
        return generator;
    if (chains.delegator(generator)) {
        // A later member resumed directly: it is running if its chain is; otherwise the chain dissolves
        // and every member goes back to resuming its delegate step by step.
        GeneratorObject* root = chains.chain_root(generator);
        if (chains.chain(root)->state() == GeneratorObject::State::Executing) {
            static_cast<void>(vm.throw_type_error("Generator is already running"));
            return nullptr;
        }
        chains.dissolve(root);
        return generator;
    }
    GeneratorObject* last = chains.chain(generator);
    if (!last) return generator;
    if (last->state() == GeneratorObject::State::Executing) {
        static_cast<void>(vm.throw_type_error("Generator is already running"));
        return nullptr;
    }
    // throw() and return() look up the delegates' methods at every level, and a chain linked by return()
    // is relinked level by level for next(): take the step-by-step path (yield* relinks each level without
    // native recursion).
    if (mode != ResumeMode::Next || chains.has_return_links(generator)) {
        chains.dissolve(generator);
        return generator;
    }
    return last;
}

GeneratorObject* Interpreter::Impl::linkable_delegate(Value method, Value iterator, ResumeMode mode) const {
    if (!method.is_object() || !iterator.is_object()) return nullptr;
    JSObject* method_object = method.as_object();
    JSObject* iterator_object = iterator.as_object();
    if (!has_exact_type<NativeFunction>(*method_object) || !has_exact_type<GeneratorObject>(*iterator_object))
        return nullptr;
    auto* generator = static_cast<GeneratorObject*>(iterator_object);
    if (generator->is_linked()) return nullptr;
    NativeFunctionPointer function = static_cast<NativeFunction*>(method_object)->function();
    GeneratorObject::State state = generator->state();
    if (mode == ResumeMode::Next)
        return function == GeneratorPrototypeNext && (state == GeneratorObject::State::SuspendedStart ||
                                                      state == GeneratorObject::State::SuspendedYield)
                   ? generator
                   : nullptr;
    // throw()/return() on a generator that has not started complete it without running its frame.
    NativeFunctionPointer expected =
        mode == ResumeMode::Throw ? GeneratorPrototypeThrow : GeneratorPrototypeReturn;
    return function == expected && state == GeneratorObject::State::SuspendedYield ? generator : nullptr;
}

void Interpreter::Impl::continue_delegator(GeneratorObject* finished, bool exits_loop, Value value,
                                           ResumeMode mode) {
    GeneratorObject* parent = chains.unlink_from_delegator(finished);
    parent->set_state(GeneratorObject::State::Executing);
    // Cannot fail: the finished generator's header has just been popped.
    Frame* frame = link_heap_frame(parent, exits_loop);
    resume_frame(*frame, value, mode);
}

ThrowCompletionOr<Value> Interpreter::Impl::resume_generator(GeneratorObject* generator, Value value,
                                                             ResumeMode mode) {
    TRY(vm.check_native_stack());
    // Entries into the interpreter from C++ (calls from native code, jobs, resumptions) are safe points.
    TRY(poll_termination(vm));
    if (heap_frame_depth >= max_heap_frame_depth) return interp::throw_stack_overflow(vm);
    generator = resumption_target(generator, mode);
    if (!generator) return kThrowCompletion;
    Frame* frame = link_heap_frame(generator, true);
    if (!frame) return kThrowCompletion;
    generator->set_state(GeneratorObject::State::Executing);
    resume_frame(*frame, value, mode);
    return run(frame);
}

GeneratorObject* Interpreter::Impl::inline_resumable(Value callee, Value this_value) {
    // Exact type checks (not dynamic_cast): this runs for every call of a native function.
    if (!callee.is_object() || !this_value.is_object()) return nullptr;
    JSObject* callee_object = callee.as_object();
    if (!has_exact_type<NativeFunction>(*callee_object) ||
        static_cast<NativeFunction*>(callee_object)->function() != GeneratorPrototypeNext)
        return nullptr;
    JSObject* this_object = this_value.as_object();
    if (!has_exact_type<GeneratorObject>(*this_object)) return nullptr;
    auto* generator = static_cast<GeneratorObject*>(this_object);
    auto state = generator->state();
    if (state != GeneratorObject::State::SuspendedStart && state != GeneratorObject::State::SuspendedYield)
        return nullptr;
    return generator;
}

Frame* Interpreter::Impl::resume_inline(GeneratorObject* generator, Value sent) {
    if (heap_frame_depth >= max_heap_frame_depth) {
        interp::throw_stack_overflow(vm);
        return nullptr;
    }
    generator = resumption_target(generator, ResumeMode::Next);
    if (!generator) return nullptr;
    Frame* frame = link_heap_frame(generator, false);
    if (!frame) return nullptr;
    generator->set_state(GeneratorObject::State::Executing);
    resume_frame(*frame, sent, ResumeMode::Next);
    return frame;
}

ThrowCompletionOr<Value> Interpreter::Impl::resume_async(AsyncFunctionObject* async_object, Value value,
                                                         ResumeMode mode) {
    TRY(vm.check_native_stack());
    TRY(poll_termination(vm));
    if (heap_frame_depth >= max_heap_frame_depth) return interp::throw_stack_overflow(vm);
    Frame* frame = link_heap_frame(async_object, true);
    if (!frame) return kThrowCompletion;
    async_object->set_running(true);
    resume_frame(*frame, value, mode);
    return run(frame);
}

ThrowCompletionOr<Value> Interpreter::Impl::resume_async_generator(AsyncGeneratorObject* generator, Value value,
                                                                   ResumeMode mode) {
    TRY(vm.check_native_stack());
    TRY(poll_termination(vm));
    if (heap_frame_depth >= max_heap_frame_depth) return interp::throw_stack_overflow(vm);
    Frame* frame = link_heap_frame(generator, true);
    if (!frame) return kThrowCompletion;
    generator->set_state(AsyncGeneratorObject::State::Executing);
    resume_frame(*frame, value, mode);
    return run(frame);
}

ThrowCompletionOr<void> Interpreter::Impl::resume_after_generator_await(VM& vm, Cell* context, Value value,
                                                                         bool rejected) {
    return vm.interpreter().resume_async_generator(static_cast<AsyncGeneratorObject*>(context), value,
                                                   rejected ? ResumeMode::Throw : ResumeMode::Next);
}

void Interpreter::Impl::finish_async_generator(AsyncGeneratorObject* generator, Value value, bool is_throw) {
    // AsyncGeneratorStart's closure, after the body completed and its context was removed.
    generator->set_state(AsyncGeneratorObject::State::DrainingQueue);
    AsyncGeneratorCompleteStep(vm, generator, is_throw, value, true);
    AsyncGeneratorDrainQueue(vm, generator);
}

ThrowCompletionOr<void> Interpreter::Impl::settle_async(AsyncFunctionObject* async_object, Value value,
                                                        bool rejected) {
    const PromiseCapability& capability = async_object->capability();
    Value argument[] = {value};
    TRY(Call(vm, Value(rejected ? capability.reject : capability.resolve), Value::undefined(), argument));
    return {};
}

// --- Interpreter ---

Interpreter::Interpreter(VM& vm) : impl_(std::make_unique<Impl>(vm)) {}

Interpreter::~Interpreter() = default;

void Interpreter::set_stack_size(std::size_t bytes) {
    // Takes effect while no frame is live (the VM sets it at start-up); the stack is allocated on first use.
    impl_->stack_size_bytes = bytes;
    if (!impl_->current_frame && impl_->stack_top == impl_->stack_begin) impl_->stack.reset();
}

void Interpreter::set_promise_hooks(const PromiseHooks& hooks) { impl_->promise_hooks = hooks; }
const PromiseHooks& Interpreter::promise_hooks() const { return impl_->promise_hooks; }

ThrowCompletionOr<Value> Interpreter::run_script(CodeBlock* script, Realm& realm) {
    Impl& impl = *impl_;
    TRY(impl.vm.check_native_stack());
    TRY(poll_termination(impl.vm));
    Realm* saved_realm = &impl.vm.current_realm();
    impl.vm.set_current_realm(&realm);
    GlobalEnvironment* global = realm.global_environment();
    Frame* frame = impl.enter_code(script, global, Value(global->global_this()), true);
    if (!frame) {
        impl.vm.set_current_realm(saved_realm);
        return kThrowCompletion;
    }
    frame->caller_realm = saved_realm;
    return impl.run(frame);
}

ThrowCompletionOr<Value> Interpreter::call(JSFunction* function, Value this_value, std::span<const Value> arguments) {
    Impl& impl = *impl_;
    TRY(impl.vm.check_native_stack());
    TRY(poll_termination(impl.vm));
    Frame* frame = impl.enter_function(function, this_value, arguments.data(),
                                       static_cast<std::uint32_t>(arguments.size()), nullptr, true);
    if (!frame) return kThrowCompletion;
    return impl.run(frame);
}

ThrowCompletionOr<JSObject*> Interpreter::construct(JSFunction* function, std::span<const Value> arguments,
                                                   JSObject* new_target) {
    Impl& impl = *impl_;
    TRY(impl.vm.check_native_stack());
    TRY(poll_termination(impl.vm));
    Frame* frame = impl.enter_function(function, Value::undefined(), arguments.data(),
                                       static_cast<std::uint32_t>(arguments.size()), new_target, true);
    if (!frame) return kThrowCompletion;
    Value result = TRY(impl.run(frame));
    return result.as_object();
}

ThrowCompletionOr<Value> Interpreter::resume_generator(GeneratorObject* generator, Value value, ResumeMode mode) {
    return impl_->resume_generator(generator, value, mode);
}

ThrowCompletionOr<void> Interpreter::resume_async_generator(AsyncGeneratorObject* generator, Value value,
                                                            ResumeMode mode) {
    TRY(impl_->resume_async_generator(generator, value, mode));
    return {};
}

ThrowCompletionOr<void> Interpreter::resume_async_function(AsyncFunctionObject* async_object, Value value,
                                                           ResumeMode mode) {
    TRY(impl_->resume_async(async_object, value, mode));
    return {};
}

std::shared_ptr<SourceCode> Interpreter::running_source() const {
    for (Frame* frame = impl_->current_frame; frame; frame = frame->caller)
        if (frame->code_block) return frame->code_block->source;
    return nullptr;
}

std::vector<StackTraceEntry> Interpreter::capture_stack_trace(std::size_t max_frames) const {
    std::vector<StackTraceEntry> entries;
    for (Frame* frame = impl_->current_frame; frame && entries.size() < max_frames; frame = frame->caller) {
        CodeBlock* code = frame->code_block;
        if (!code) continue;
        StackTraceEntry entry;
        if (frame->callee && !frame->is_eval) {
            if (JSString* name = frame->callee->code_block()->name) entry.function_name = name->to_utf8();
        } else if (frame->is_eval) {
            entry.function_name = "eval";
        }
        if (code->source) entry.url = code->source->url;
        auto offset = static_cast<std::uint32_t>(frame->ip - code->bytecode.data());
        SourcePosition position = code->position_for(offset);
        entry.line = position.line;
        entry.column = position.column;
        entry.is_constructor = frame->is_construct;
        entries.push_back(std::move(entry));
    }
    return entries;
}

void Interpreter::visit_roots(Visitor& visitor) {
    // Not a root: dropping it lets a collection free the this value it holds.
    impl_->last_arrow_lexical = nullptr;
    for (Frame* frame = impl_->current_frame; frame; frame = frame->caller) frame->visit(visitor);
}

} // namespace yjs
