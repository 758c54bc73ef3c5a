// The dispatch loop. JS→JS calls push a frame and continue in this loop; Return pops it. Only frames
// entered from C++ (exits_loop) leave the loop. Operand decoding, fast paths and frame transitions live
// here; everything slow is in interpreter_*.cpp.
#include "runtime/abstract_ops.h"
#include "runtime/function.h"
#include "runtime/object.h"
#include "runtime/promise.h"
#include "runtime/realm.h"
#include "runtime/shape.h"
#include "runtime/string.h"
#include "runtime/symbol.h"
#include "runtime/typed_array.h"
#include "runtime/vm.h"
#include "vm/arguments_object.h"
#include "vm/code_block.h"
#include "vm/environment.h"
#include "vm/eval.h"
#include "vm/generator_object.h"
#include "vm/interpreter_internal.h"
#include "vm/js_function.h"
#include "vm/module.h"

#include <bit>
#include <cmath>

namespace yjs {

namespace {

inline bool is_array_index_number(Value value) {
    if (!value.is_number()) return false;
    double number = value.as_number();
    return number >= 0 && number <= 4294967294.0 && static_cast<double>(static_cast<std::uint32_t>(number)) == number;
}

inline bool to_boolean_fast(Value value) {
    if (value.is_true()) return true;
    if (value.is_false()) return false;
    return ToBoolean(value);
}

// ToInt32 when it is a plain truncation (the Number is within the int32 range; NaN is not).
inline bool fast_int32(Value value, std::int32_t& out) {
    if (!value.is_number()) return false;
    double number = value.as_number();
    if (!(number >= -2147483648.0 && number <= 2147483647.0)) return false;
    out = static_cast<std::int32_t>(number);
    return true;
}

// An integral Number that is exactly an int32 (so not -0): the re-encoded value has the same bits.
inline bool exact_int32(Value value, std::int32_t& out) {
    return fast_int32(value, out) && Value::number(static_cast<double>(out)).bits() == value.bits();
}

// GetNamed of "length" on a typed array whose receiver shape matched a typed-array length entry (see
// interp::kTypedArrayLengthEntry): the length while the rest of the entry is still valid.
inline bool typed_array_length_hit(JSObject* object, const FeedbackSlot* slot, Value& out) {
    // (An object of another kind made with a typed array prototype can share the receiver's shape.)
    if (object->has_ordinary_lookup() || !object->is_typed_array()) return false;
    if (slot->shape->prototype()->shape() != slot->holder_shape) return false;
    JSObject* holder = slot->holder_shape->prototype();
    if (holder->shape() != slot->middle_shape) return false;
    if (static_cast<Accessor*>(holder->slots()[slot->slot].as_cell())->getter != slot->holder) return false;
    auto length = static_cast<double>(static_cast<TypedArrayObject*>(object)->length());
    out = Value::from_bits(std::bit_cast<std::uint64_t>(length));
    return true;
}

// A Number from an int32 (never NaN, so no canonicalisation needed).
inline Value int_value(std::int32_t number) {
    return Value::from_bits(std::bit_cast<std::uint64_t>(static_cast<double>(number)));
}
inline Value uint_value(std::uint32_t number) {
    return Value::from_bits(std::bit_cast<std::uint64_t>(static_cast<double>(number)));
}

} // namespace

ThrowCompletionOr<Value> Interpreter::Impl::run(Frame* entry) {
    static const void* const kDispatch[] = {
#define YJS_DISPATCH_LABEL(name, ...) &&op_##name,
        YJS_BYTECODES(YJS_DISPATCH_LABEL)
#undef YJS_DISPATCH_LABEL
    };

    VM& vm = this->vm;
    Frame* frame = entry;
    const std::uint8_t* ip = nullptr;
    const std::uint8_t* code_base = nullptr;
    Value* regs = nullptr;
    const Value* constants = nullptr;
    FeedbackSlot* feedback = nullptr;
    Value acc;
    // Shared by the frame-exit paths below.
    Value result;
    bool completed = false;
    int construct_error = 0;
    // An async generator whose body just completed: settled once its frame is gone.
    AsyncGeneratorObject* finished_generator = nullptr;
    Value finished_value;
    bool finished_with_throw = false;

#define LOAD_FRAME()                                                                                         \
    do {                                                                                                     \
        CodeBlock* code_ = frame->code_block;                                                                \
        code_base = code_->bytecode.data();                                                                  \
        regs = frame->registers;                                                                             \
        constants = code_->constants.data();                                                                 \
        feedback = code_->feedback.get();                                                                    \
    } while (0)
#define OP(i) read_operand(ip, i)
#define R(i) regs[OP(i)]
#define K(i) constants[OP(i)]
// frame->ip is only written when something may look at it: a call out of the loop (stack traces, nested
// frames returning here), an exception, or a suspension.
#define SYNC() (frame->ip = ip)
#define DISPATCH() goto* kDispatch[*ip]
#define NEXT(name)                                                                                           \
    do {                                                                                                     \
        ip += instruction_size(operand_counts::name);                                                        \
        DISPATCH();                                                                                          \
    } while (0)
// For handlers whose scope holds an object with a destructor (a MarkedValueVector registered with the heap):
// a computed goto leaves a scope without running destructors, a plain goto runs them.
#define NEXT_LEAVING_SCOPE(name)                                                                             \
    do {                                                                                                     \
        ip += instruction_size(operand_counts::name);                                                        \
        goto dispatch_after_scope;                                                                           \
    } while (0)
#define JUMP_TO(offset)                                                                                      \
    do {                                                                                                     \
        ip = code_base + (offset);                                                                           \
        DISPATCH();                                                                                          \
    } while (0)
#define CHECK(expression)                                                                                    \
    ({                                                                                                       \
        SYNC();                                                                                              \
        auto _yjs_result = (expression);                                                                     \
        if (_yjs_result.is_throw_completion()) [[unlikely]]                                                  \
            goto throw_exception;                                                                            \
        _yjs_result.release_value();                                                                         \
    })
#define THROW(expression)                                                                                    \
    do {                                                                                                     \
        SYNC();                                                                                              \
        (void)(expression);                                                                                  \
        goto throw_exception;                                                                                \
    } while (0)
#define ARGS(first, count) std::span<const Value>(regs + OP(first), OP(count))

    LOAD_FRAME();
    ip = frame->ip;
    acc = frame->accumulator;
    DISPATCH();
dispatch_after_scope:
    DISPATCH();

    // --- accumulator loads ---
op_LdaUndefined:
    acc = Value::undefined();
    NEXT(LdaUndefined);
op_LdaNull:
    acc = Value::null();
    NEXT(LdaNull);
op_LdaTrue:
    acc = Value::boolean(true);
    NEXT(LdaTrue);
op_LdaFalse:
    acc = Value::boolean(false);
    NEXT(LdaFalse);
op_LdaEmpty:
    acc = Value::empty();
    NEXT(LdaEmpty);
op_LdaSmi:
    acc = int_value(static_cast<std::int32_t>(OP(0)));
    NEXT(LdaSmi);
op_LdaConstant:
    acc = K(0);
    NEXT(LdaConstant);
op_Ldar:
    acc = R(0);
    NEXT(Ldar);
op_Star:
    R(0) = acc;
    NEXT(Star);
op_Mov:
    R(1) = R(0);
    NEXT(Mov);

    // --- frame values ---
op_LdaThis:
    acc = frame->this_box ? frame->this_box->value : frame->this_value; // (Frame::this_binding, inline)
    NEXT(LdaThis);
op_StaThis:
    frame->set_this_binding(acc);
    NEXT(StaThis);
op_LdaNewTarget:
    acc = frame->new_target;
    NEXT(LdaNewTarget);
op_LdaCallee:
    acc = frame->callee ? Value(static_cast<JSObject*>(frame->callee)) : Value::undefined();
    NEXT(LdaCallee);
op_LdaSuperBase: {
    JSFunction* active = frame->callee ? frame->callee->active_function() : nullptr;
    JSObject* home = active ? active->home_object() : nullptr;
    if (!home) THROW(vm.throw_syntax_error("'super' keyword unexpected here"));
    JSObject* base = CHECK(home->internal_get_prototype_of(vm));
    acc = base ? Value(base) : Value::null();
    NEXT(LdaSuperBase);
}
op_CreateArguments: {
    std::span<const Value> arguments(frame->arguments, frame->arguments ? frame->argument_count : 0);
    if (OP(0) == 1 && frame->callee) {
        DeclarativeEnvironment* context = frame->context && frame->context->is_declarative()
                                              ? static_cast<DeclarativeEnvironment*>(frame->context)
                                              : nullptr;
        ArgumentsObject* object =
            ArgumentsObject::create_mapped(vm, frame->callee, arguments, regs, frame->owner, context);
        if (frame->kind == FrameKind::Normal) frame->mapped_arguments = object;
        else heap_frame_of(*frame).set(HeapFrame::kRegistersAliased);
        acc = Value(static_cast<JSObject*>(object));
    } else {
        acc = Value(static_cast<JSObject*>(ArgumentsObject::create_unmapped(vm, arguments)));
    }
    NEXT(CreateArguments);
}
op_CreateRestParameter: {
    std::uint32_t start = OP(0);
    std::uint32_t count = frame->arguments ? frame->argument_count : 0;
    std::span<const Value> rest;
    if (count > start) rest = std::span<const Value>(frame->arguments + start, count - start);
    acc = Value(CreateArrayFromList(vm, rest));
    NEXT(CreateRestParameter);
}

    // --- environments ---
op_PushContext:
    frame->context =
        DeclarativeEnvironment::create(vm, static_cast<ScopeInfo*>(K(0).as_cell()), frame->context);
    NEXT(PushContext);
op_PushWithContext: {
    JSObject* object = CHECK(ToObject(vm, acc));
    frame->context = ObjectEnvironment::create(vm, object, true, frame->context);
    NEXT(PushWithContext);
}
op_PopContext:
    frame->context = frame->context->parent();
    NEXT(PopContext);
op_SaveContext:
    R(0) = Value::internal_cell(frame->context);
    NEXT(SaveContext);
op_RestoreContext:
    frame->context = static_cast<Environment*>(R(0).as_cell());
    NEXT(RestoreContext);
op_CreatePerIterationContext:
    frame->context = static_cast<DeclarativeEnvironment*>(frame->context)->copy(vm);
    NEXT(CreatePerIterationContext);
op_LdaContextSlot:
    acc = static_cast<DeclarativeEnvironment*>(environment_at_depth(frame->context, OP(0)))->slot(OP(1));
    NEXT(LdaContextSlot);
op_StaContextSlot:
    static_cast<DeclarativeEnvironment*>(environment_at_depth(frame->context, OP(0)))->slot(OP(1)) = acc;
    NEXT(StaContextSlot);
op_ThrowIfHole:
    if (acc.is_empty()) [[unlikely]]
        THROW(vm.throw_reference_error("Cannot access '" + K(0).as_string()->to_utf8() + "' before initialization"));
    NEXT(ThrowIfHole);
op_ThrowConstAssign:
    THROW(vm.throw_type_error("Assignment to constant variable."));
op_LdaGlobal: {
    // The inline cache (see interp::get_global): a global lexical binding, or a data property of the
    // global object while its shape and the set of global lexicals are unchanged.
    FeedbackSlot* slot = feedback + OP(1);
    Realm& realm = vm.current_realm();
    JSObject* global = realm.global_object();
    if (slot->holder == global) [[likely]] {
        if (slot->extra == FeedbackSlot::kGlobalLexical) {
            Value value = *slot->global_cell;
            if (!value.is_empty()) [[likely]] {
                acc = value;
                NEXT(LdaGlobal);
            }
        } else if (slot->shape == global->shape() &&
                   slot->extra == realm.global_environment()->lexical_epoch()) {
            acc = global->slots()[slot->slot];
            NEXT(LdaGlobal);
        }
    }
    acc = CHECK(interp::get_global(vm, K(0).as_string(), slot, false));
    NEXT(LdaGlobal);
}
op_LdaGlobalOrUndefined:
    acc = CHECK(interp::get_global(vm, K(0).as_string(), feedback + OP(1), true));
    NEXT(LdaGlobalOrUndefined);
op_StaGlobal: {
    FeedbackSlot* slot = feedback + OP(1);
    Realm& realm = vm.current_realm();
    JSObject* global = realm.global_object();
    if (slot->holder == global) [[likely]] {
        if (slot->extra == FeedbackSlot::kGlobalLexical) {
            // (A StaGlobal entry is only made for a mutable binding.)
            if (!slot->global_cell->is_empty()) [[likely]] {
                *slot->global_cell = acc;
                NEXT(StaGlobal);
            }
        } else if (slot->shape == global->shape() &&
                   slot->extra == realm.global_environment()->lexical_epoch()) {
            global->slots()[slot->slot] = acc;
            NEXT(StaGlobal);
        }
    }
    CHECK(interp::set_global(vm, K(0).as_string(), acc, slot, frame->code_block->strict));
    NEXT(StaGlobal);
}
op_InitGlobalLexical:
    CHECK(interp::initialize_global_lexical(vm, K(0).as_string(), acc));
    NEXT(InitGlobalLexical);
op_DeclareGlobals:
    CHECK(interp::declare_globals(vm, static_cast<GlobalDeclarations*>(K(0).as_cell()), frame->code_block,
                                  frame->context));
    NEXT(DeclareGlobals);
op_LdaLookup: {
    JSString* name = K(0).as_string();
    ResolvedBinding binding = CHECK(ResolveBinding(vm, frame->context, name));
    acc = CHECK(GetBindingValue(vm, binding, name, frame->code_block->strict));
    NEXT(LdaLookup);
}
op_LdaLookupOrUndefined: {
    JSString* name = K(0).as_string();
    ResolvedBinding binding = CHECK(ResolveBinding(vm, frame->context, name));
    if (binding.kind == ResolvedBinding::Kind::Unresolvable) acc = Value::undefined();
    else acc = CHECK(GetBindingValue(vm, binding, name, frame->code_block->strict));
    NEXT(LdaLookupOrUndefined);
}
op_LdaLookupWithThis: {
    JSString* name = K(0).as_string();
    ResolvedBinding binding = CHECK(ResolveBinding(vm, frame->context, name));
    acc = CHECK(GetBindingValue(vm, binding, name, frame->code_block->strict));
    R(1) = WithBaseObject(binding);
    NEXT(LdaLookupWithThis);
}
op_StaLookup: {
    JSString* name = K(0).as_string();
    ResolvedBinding binding = CHECK(ResolveBinding(vm, frame->context, name));
    CHECK(PutBindingValue(vm, binding, name, acc, OP(1) != 0));
    NEXT(StaLookup);
}
op_InitLookup:
    CHECK(SetVarBinding(vm, frame->context, K(0).as_string(), acc));
    NEXT(InitLookup);
op_ResolveLookup: {
    ResolvedBinding binding = CHECK(ResolveBinding(vm, frame->context, K(0).as_string()));
    R(1) = binding.kind == ResolvedBinding::Kind::Unresolvable ? Value::undefined()
                                                               : Value::internal_cell(binding.environment);
    NEXT(ResolveLookup);
}
op_LdaResolved: {
    JSString* name = K(1).as_string();
    ResolvedBinding binding = BindingIn(R(0).is_undefined() ? nullptr : static_cast<Environment*>(R(0).as_cell()), name);
    acc = CHECK(GetBindingValue(vm, binding, name, frame->code_block->strict));
    NEXT(LdaResolved);
}
op_StaResolved: {
    JSString* name = K(1).as_string();
    ResolvedBinding binding = BindingIn(R(0).is_undefined() ? nullptr : static_cast<Environment*>(R(0).as_cell()), name);
    CHECK(PutBindingValue(vm, binding, name, acc, OP(2) != 0));
    NEXT(StaResolved);
}
op_DeleteLookup: {
    JSString* name = K(0).as_string();
    ResolvedBinding binding = CHECK(ResolveBinding(vm, frame->context, name));
    acc = Value::boolean(CHECK(DeleteBinding(vm, binding, name)));
    NEXT(DeleteLookup);
}

    // --- properties ---
op_GetNamed: {
    Value base = R(0);
    FeedbackSlot* slot = feedback + OP(2);
    if (base.is_object()) [[likely]] {
        JSObject* object = base.as_object();
        if (object->shape() == slot->shape) [[likely]] {
            if (!slot->holder) {
                acc = object->slots()[slot->slot];
                NEXT(GetNamed);
            }
            if (slot->extra == interp::kTypedArrayLengthEntry) {
                if (typed_array_length_hit(object, slot, acc)) NEXT(GetNamed);
            } else if (slot->holder->shape() == slot->holder_shape &&
                       (!slot->middle_shape || slot->shape->prototype()->shape() == slot->middle_shape)) {
                acc = slot->holder->slots()[slot->slot];
                NEXT(GetNamed);
            }
        }
    }
    acc = CHECK(interp::get_named(vm, base, interp::key_from_constant(vm, K(1)), slot));
    NEXT(GetNamed);
}
op_SetNamed: {
    Value base = R(0);
    FeedbackSlot* slot = feedback + OP(2);
    if (base.is_object()) [[likely]] {
        JSObject* object = base.as_object();
        if (object->shape() == slot->shape && !slot->holder) [[likely]] {
            object->slots()[slot->slot] = acc;
            NEXT(SetNamed);
        }
    }
    CHECK(interp::set_named(vm, base, interp::key_from_constant(vm, K(1)), acc, slot, OP(3) != 0));
    NEXT(SetNamed);
}
op_GetKeyed: {
    // Typed array elements in range, inline (exotic objects have no ordinary lookup, so ordinary objects
    // and arrays pay one flag test).
    Value base = R(0);
    if (base.is_object() && acc.is_number() && !base.as_object()->has_ordinary_lookup() &&
        base.as_object()->is_typed_array()) {
        double number = acc.as_number();
        if (number >= 0 && number < 4294967295.0) {
            auto index = static_cast<std::uint32_t>(number);
            Value element;
            if (static_cast<double>(index) == number &&
                static_cast<TypedArrayObject*>(base.as_object())->get_fast(index, element)) {
                acc = element;
                NEXT(GetKeyed);
            }
        }
    }
    acc = CHECK(interp::get_keyed(vm, base, acc));
    NEXT(GetKeyed);
}
op_SetKeyed: {
    Value base = R(0);
    Value key = R(1);
    if (base.is_object() && key.is_number() && acc.is_number() && !base.as_object()->has_ordinary_lookup() &&
        base.as_object()->is_typed_array()) {
        double number = key.as_number();
        if (number >= 0 && number < 4294967295.0) {
            auto index = static_cast<std::uint32_t>(number);
            if (static_cast<double>(index) == number &&
                static_cast<TypedArrayObject*>(base.as_object())->set_fast_number(index, acc.as_number()))
                NEXT(SetKeyed);
        }
    }
    CHECK(interp::set_keyed(vm, base, key, acc, OP(3) != 0));
    NEXT(SetKeyed);
}
op_DefineNamedOwn:
    CHECK(R(0).as_object()->create_data_property_or_throw(vm, interp::key_from_constant(vm, K(1)), acc));
    NEXT(DefineNamedOwn);
op_DefineKeyedOwn:
    CHECK(interp::define_own(vm, R(0), R(1), acc, (OP(2) & 1) != 0));
    NEXT(DefineKeyedOwn);
op_DefineAccessor:
    CHECK(interp::define_accessor(vm, R(0), R(1), acc, OP(2)));
    NEXT(DefineAccessor);
op_DefineMethod:
    CHECK(interp::define_method(vm, R(0), R(1), acc, (OP(2) & 1) != 0));
    NEXT(DefineMethod);
op_SetPrototypeLiteral:
    if (acc.is_object() || acc.is_null())
        CHECK(R(0).as_object()->internal_set_prototype_of(vm, acc.is_null() ? nullptr : acc.as_object()));
    NEXT(SetPrototypeLiteral);
op_DeleteProperty:
    acc = CHECK(interp::delete_property(vm, R(0), acc, OP(1) != 0));
    NEXT(DeleteProperty);
op_HasProperty:
    acc = Value::boolean(CHECK(interp::has_property_operator(vm, acc, R(0))));
    NEXT(HasProperty);
op_GetSuper:
    acc = CHECK(interp::get_super(vm, frame->this_binding(), R(0), acc));
    NEXT(GetSuper);
op_SetSuper:
    CHECK(interp::set_super(vm, frame->this_binding(), R(0), R(1), acc, OP(2) != 0));
    NEXT(SetSuper);
op_GetPrivate:
    acc = CHECK(interp::private_get(vm, R(0), R(1)));
    NEXT(GetPrivate);
op_SetPrivate:
    CHECK(interp::private_set(vm, R(0), R(1), acc));
    NEXT(SetPrivate);
op_DefinePrivate:
    CHECK(interp::private_define(vm, R(0), R(1), acc, OP(2)));
    NEXT(DefinePrivate);
op_HasPrivate:
    acc = Value::boolean(CHECK(interp::private_has(vm, acc, R(0))));
    NEXT(HasPrivate);
op_CreatePrivateName: {
    Value description = K(0);
    acc = Value(vm.heap().allocate<Symbol>(description.is_string() ? description.as_string() : nullptr, true));
    NEXT(CreatePrivateName);
}

    // --- literals and closures ---
op_CreateObject:
    acc = Value(JSObject::create(vm, vm.current_realm().intrinsic(Intrinsic::ObjectPrototype)));
    NEXT(CreateObject);
op_CreateArray:
    acc = Value(interp::create_array(vm));
    NEXT(CreateArray);
op_ArrayPush:
    CHECK(interp::array_push(vm, R(0), acc));
    NEXT(ArrayPush);
op_ArrayPushHole:
    CHECK(interp::array_push_hole(vm, R(0)));
    NEXT(ArrayPushHole);
op_ArraySpread:
    CHECK(interp::array_spread(vm, *frame, R(0), acc));
    NEXT(ArraySpread);
op_CreateRegExp:
    acc = CHECK(interp::create_regexp(vm, K(0), K(1)));
    NEXT(CreateRegExp);
op_CreateClosure: {
    auto* code = static_cast<CodeBlock*>(K(0).as_cell());
    JSFunction* function = JSFunction::create(vm, code, frame->context);
    if (code->code_kind == CodeKind::Arrow) function->set_lexical(arrow_lexical_record(*frame, *code));
    acc = Value(static_cast<JSObject*>(function));
    NEXT(CreateClosure);
}
op_CreateClass:
    acc = CHECK(interp::create_class(vm, static_cast<CodeBlock*>(K(0).as_cell()), R(1), frame->context,
                                     &R(2)));
    NEXT(CreateClass);
op_SetHomeObject:
    as_js_function(acc)->set_home_object(vm, R(0).as_object());
    NEXT(SetHomeObject);
op_SetClassFields:
    as_js_function(R(0))->set_fields_initializer(vm, as_js_function(acc));
    NEXT(SetClassFields);
op_InitializeInstanceElements: {
    JSFunction* active = frame->callee ? frame->callee->active_function() : nullptr;
    if (JSFunction* initializer = active ? active->fields_initializer() : nullptr)
        CHECK(Call(vm, Value(static_cast<JSObject*>(initializer)), frame->this_binding()));
    NEXT(InitializeInstanceElements);
}
op_GetTemplateObject:
    acc = CHECK(interp::get_template_object(vm, static_cast<TemplateSite*>(K(0).as_cell())));
    NEXT(GetTemplateObject);

    // --- operators ---
op_Add: {
    Value left = R(0);
    if (left.is_number() && acc.is_number()) [[likely]]
        acc = Value(left.as_number() + acc.as_number());
    else
        acc = CHECK(interp::add(vm, left, acc));
    NEXT(Add);
}
op_Sub: {
    Value left = R(0);
    if (left.is_number() && acc.is_number()) [[likely]]
        acc = Value(left.as_number() - acc.as_number());
    else
        acc = CHECK(interp::binary_numeric(vm, Opcode::Sub, left, acc));
    NEXT(Sub);
}
op_Mul: {
    Value left = R(0);
    if (left.is_number() && acc.is_number()) [[likely]]
        acc = Value(left.as_number() * acc.as_number());
    else
        acc = CHECK(interp::binary_numeric(vm, Opcode::Mul, left, acc));
    NEXT(Mul);
}
op_Div: {
    Value left = R(0);
    if (left.is_number() && acc.is_number()) [[likely]]
        acc = Value(left.as_number() / acc.as_number());
    else
        acc = CHECK(interp::binary_numeric(vm, Opcode::Div, left, acc));
    NEXT(Div);
}
op_Mod: {
    Value left = R(0);
    std::int32_t dividend, divisor;
    if (exact_int32(left, dividend) && exact_int32(acc, divisor) && dividend >= 0 && divisor > 0) {
        acc = int_value(dividend % divisor);
        NEXT(Mod);
    }
    if (left.is_number() && acc.is_number()) acc = Value(std::fmod(left.as_number(), acc.as_number()));
    else acc = CHECK(interp::binary_numeric(vm, Opcode::Mod, left, acc));
    NEXT(Mod);
}
op_Exp:
    acc = CHECK(interp::binary_numeric(vm, Opcode::Exp, R(0), acc));
    NEXT(Exp);
op_BitAnd: {
    Value left = R(0);
    std::int32_t a, b;
    if (fast_int32(left, a) && fast_int32(acc, b)) acc = int_value(a & b);
    else acc = CHECK(interp::binary_numeric(vm, Opcode::BitAnd, left, acc));
    NEXT(BitAnd);
}
op_BitOr: {
    Value left = R(0);
    std::int32_t a, b;
    if (fast_int32(left, a) && fast_int32(acc, b)) acc = int_value(a | b);
    else acc = CHECK(interp::binary_numeric(vm, Opcode::BitOr, left, acc));
    NEXT(BitOr);
}
op_BitXor: {
    Value left = R(0);
    std::int32_t a, b;
    if (fast_int32(left, a) && fast_int32(acc, b)) acc = int_value(a ^ b);
    else acc = CHECK(interp::binary_numeric(vm, Opcode::BitXor, left, acc));
    NEXT(BitXor);
}
op_ShiftLeft: {
    Value left = R(0);
    std::int32_t a, b;
    if (fast_int32(left, a) && fast_int32(acc, b))
        acc = int_value(static_cast<std::int32_t>(static_cast<std::uint32_t>(a) << (static_cast<std::uint32_t>(b) & 31)));
    else
        acc = CHECK(interp::binary_numeric(vm, Opcode::ShiftLeft, left, acc));
    NEXT(ShiftLeft);
}
op_ShiftRight: {
    Value left = R(0);
    std::int32_t a, b;
    if (fast_int32(left, a) && fast_int32(acc, b)) acc = int_value(a >> (static_cast<std::uint32_t>(b) & 31));
    else acc = CHECK(interp::binary_numeric(vm, Opcode::ShiftRight, left, acc));
    NEXT(ShiftRight);
}
op_ShiftRightUnsigned: {
    Value left = R(0);
    std::int32_t a, b;
    if (fast_int32(left, a) && fast_int32(acc, b))
        acc = uint_value(static_cast<std::uint32_t>(a) >> (static_cast<std::uint32_t>(b) & 31));
    else
        acc = CHECK(interp::binary_numeric(vm, Opcode::ShiftRightUnsigned, left, acc));
    NEXT(ShiftRightUnsigned);
}
op_Inc:
    if (acc.is_number()) [[likely]] acc = Value(acc.as_number() + 1);
    else acc = CHECK(interp::increment(vm, acc, true));
    NEXT(Inc);
op_Dec:
    if (acc.is_number()) [[likely]] acc = Value(acc.as_number() - 1);
    else acc = CHECK(interp::increment(vm, acc, false));
    NEXT(Dec);
op_Negate:
    if (acc.is_number()) acc = Value(-acc.as_number());
    else acc = CHECK(interp::negate(vm, acc));
    NEXT(Negate);
op_BitNot: {
    std::int32_t a;
    if (fast_int32(acc, a)) acc = int_value(~a);
    else acc = CHECK(interp::bitwise_not(vm, acc));
    NEXT(BitNot);
}
op_Not:
    acc = Value::boolean(!to_boolean_fast(acc));
    NEXT(Not);
op_TypeOf:
    acc = Value(TypeOf(vm, acc));
    NEXT(TypeOf);
op_ToNumeric:
    if (!acc.is_number()) acc = CHECK(ToNumeric(vm, acc));
    NEXT(ToNumeric);
op_ToNumber:
    if (!acc.is_number()) acc = Value(CHECK(ToNumber(vm, acc)));
    NEXT(ToNumber);
op_ToString:
    if (!acc.is_string()) acc = Value(CHECK(ToString(vm, acc)));
    NEXT(ToString);
op_ToPropertyKey:
    // Array indices stay numbers: their conversion has no side effects, every consumer of the key accepts
    // an index number as that index (PropertyKey::from_value), and keyed accesses keep their element fast
    // paths.
    if (!acc.is_string() && !acc.is_symbol() && !is_array_index_number(acc))
        acc = CHECK(ToPropertyKey(vm, acc)).to_value(vm);
    NEXT(ToPropertyKey);
op_ToPropertyKeyOfBase:
    if (!R(0).is_nullish() && !R(1).is_string() && !R(1).is_symbol() && !is_array_index_number(R(1)))
        R(1) = CHECK(ToPropertyKey(vm, R(1))).to_value(vm);
    NEXT(ToPropertyKeyOfBase);
op_ToObject:
    if (!acc.is_object()) acc = Value(CHECK(ToObject(vm, acc)));
    NEXT(ToObject);
op_TestEqual: {
    Value left = R(0);
    if (left.is_number() && acc.is_number()) acc = Value::boolean(left.as_number() == acc.as_number());
    // IsLooselyEqual without conversions: null and undefined equal only each other; two objects are equal
    // only when they are the same object.
    else if (left.is_nullish() || acc.is_nullish())
        acc = Value::boolean(left.is_nullish() && acc.is_nullish());
    else if (left.is_object() && acc.is_object())
        acc = Value::boolean(left.bits() == acc.bits());
    else
        acc = Value::boolean(CHECK(interp::loosely_equal(vm, left, acc)));
    NEXT(TestEqual);
}
op_TestStrictEqual: {
    Value left = R(0);
    if (left.is_number() && acc.is_number()) acc = Value::boolean(left.as_number() == acc.as_number());
    else acc = Value::boolean(interp::strictly_equal(left, acc));
    NEXT(TestStrictEqual);
}
op_TestLessThan: {
    Value left = R(0);
    if (left.is_number() && acc.is_number()) acc = Value::boolean(left.as_number() < acc.as_number());
    else acc = Value::boolean(CHECK(interp::compare(vm, Opcode::TestLessThan, left, acc)));
    NEXT(TestLessThan);
}
op_TestGreaterThan: {
    Value left = R(0);
    if (left.is_number() && acc.is_number()) acc = Value::boolean(left.as_number() > acc.as_number());
    else acc = Value::boolean(CHECK(interp::compare(vm, Opcode::TestGreaterThan, left, acc)));
    NEXT(TestGreaterThan);
}
op_TestLessThanOrEqual: {
    Value left = R(0);
    if (left.is_number() && acc.is_number()) acc = Value::boolean(left.as_number() <= acc.as_number());
    else acc = Value::boolean(CHECK(interp::compare(vm, Opcode::TestLessThanOrEqual, left, acc)));
    NEXT(TestLessThanOrEqual);
}
op_TestGreaterThanOrEqual: {
    Value left = R(0);
    if (left.is_number() && acc.is_number()) acc = Value::boolean(left.as_number() >= acc.as_number());
    else acc = Value::boolean(CHECK(interp::compare(vm, Opcode::TestGreaterThanOrEqual, left, acc)));
    NEXT(TestGreaterThanOrEqual);
}
op_TestInstanceOf:
    acc = Value::boolean(CHECK(interp::instance_of(vm, R(0), acc)));
    NEXT(TestInstanceOf);
op_TestIn:
    acc = Value::boolean(CHECK(interp::has_property_operator(vm, R(0), acc)));
    NEXT(TestIn);
op_TestNullish:
    acc = Value::boolean(acc.is_nullish());
    NEXT(TestNullish);
op_TestUndefined:
    acc = Value::boolean(acc.is_undefined());
    NEXT(TestUndefined);

    // --- control flow ---
op_Jump: {
    std::uint32_t target = OP(0);
    if (code_base + target <= ip && vm.heap().interrupts().pending()) [[unlikely]] {
        if (SYNC(), vm.handle_interrupt()) goto throw_exception;
    }
    JUMP_TO(target);
}
op_JumpIfTrue:
    if (to_boolean_fast(acc)) JUMP_TO(OP(0));
    NEXT(JumpIfTrue);
op_JumpIfFalse:
    if (!to_boolean_fast(acc)) JUMP_TO(OP(0));
    NEXT(JumpIfFalse);
op_JumpIfNullish:
    if (acc.is_nullish()) JUMP_TO(OP(0));
    NEXT(JumpIfNullish);
op_JumpIfNotNullish:
    if (!acc.is_nullish()) JUMP_TO(OP(0));
    NEXT(JumpIfNotNullish);
op_JumpIfUndefined:
    if (acc.is_undefined()) JUMP_TO(OP(0));
    NEXT(JumpIfUndefined);
op_JumpIfNotUndefined:
    if (!acc.is_undefined()) JUMP_TO(OP(0));
    NEXT(JumpIfNotUndefined);
op_JumpIfHole:
    if (acc.is_empty()) JUMP_TO(OP(0));
    NEXT(JumpIfHole);
op_JumpIfNotHole:
    if (!acc.is_empty()) JUMP_TO(OP(0));
    NEXT(JumpIfNotHole);

op_Return:
    result = acc;
    completed = true;
    switch (frame->kind) {
    case FrameKind::Normal:
        if (frame->is_construct && !acc.is_object()) [[unlikely]] {
            if (frame->code_block->code_kind == CodeKind::DerivedConstructor) {
                if (!acc.is_undefined()) {
                    construct_error = 1;
                    goto construct_error_after_leave;
                }
                result = frame->this_binding();
                if (result.is_empty()) {
                    construct_error = 2;
                    goto construct_error_after_leave;
                }
            } else {
                result = frame->this_value;
                frame->code_block->note_constructed_object(result.as_object()->shape()->slot_count());
            }
        }
        break;
    case FrameKind::Generator: {
        auto* generator = static_cast<GeneratorObject*>(frame->owner);
        generator->set_state(GeneratorObject::State::Completed);
        if (generator->is_linked() && chains.delegator(generator)) [[unlikely]] {
            // The last of a yield* chain returned: its delegator's yield* completes with the value.
            bool exits = frame->exits_loop;
            leave_frame(frame, true);
            continue_delegator(generator, exits, acc,
                               chains.return_link(generator) ? ResumeMode::DelegateReturnedFromReturn
                                                             : ResumeMode::DelegateReturned);
            goto enter_new_frame;
        }
        result = Value(CreateIterResultObject(vm, acc, true));
        break;
    }
    case FrameKind::Async: {
        auto* async_object = static_cast<AsyncFunctionObject*>(frame->owner);
        async_object->set_running(false);
        CHECK(settle_async(async_object, acc, false));
        result = Value(async_object->capability().promise);
        break;
    }
    case FrameKind::AsyncGenerator:
        finished_generator = static_cast<AsyncGeneratorObject*>(frame->owner);
        finished_value = acc;
        finished_with_throw = false;
        result = Value::undefined();
        break;
    }
    goto return_from_frame;

op_Throw:
    THROW(vm.throw_value(acc));
op_ThrowError:
    THROW(vm.throw_error(static_cast<ErrorType>(OP(0)), K(1).as_string()->to_utf8()));
op_ThrowIfNotObject:
    if (!acc.is_object()) THROW(vm.throw_type_error(K(0).as_string()->to_utf8()));
    NEXT(ThrowIfNotObject);
op_ThrowIfNullish:
    if (acc.is_nullish()) THROW(interp::throw_destructure_nullish(vm, *frame, acc, K(0).as_string()));
    NEXT(ThrowIfNullish);
op_ThrowSuperNotCalled:
    if (frame->this_binding().is_empty())
        THROW(vm.throw_reference_error("Must call super constructor in derived class before accessing 'this' or "
                                       "returning from derived constructor"));
    NEXT(ThrowSuperNotCalled);
op_ThrowSuperAlreadyCalled:
    if (!frame->this_binding().is_empty())
        THROW(vm.throw_reference_error("Super constructor may only be called once"));
    NEXT(ThrowSuperAlreadyCalled);
op_Debugger:
    NEXT(Debugger);

    // --- calls ---
op_Call: {
    Value callee = R(0);
    if (JSFunction* function = as_js_function(callee)) [[likely]] {
        SYNC();
        if (!enter_function(function, R(1), regs + OP(2), OP(3), nullptr, false)) goto throw_exception;
        goto enter_new_frame;
    }
    if (GeneratorObject* generator = inline_resumable(callee, R(1))) {
        SYNC();
        if (!resume_inline(generator, OP(3) ? regs[OP(2)] : Value::undefined())) goto throw_exception;
        goto enter_new_frame;
    }
    if (!callee.is_object() || !callee.as_object()->is_callable())
        THROW(interp::throw_not_callable(vm, *frame, callee));
    acc = CHECK(callee.as_object()->internal_call(vm, R(1), ARGS(2, 3)));
    NEXT(Call);
}
op_TailCall: {
    Value callee = R(0);
    JSFunction* function = as_js_function(callee);
    if (function && can_replace_frame(*frame, function, R(1))) {
        SYNC();
        if (!enter_tail_call(function, R(1), regs + OP(2), OP(3))) {
            // The replaced frame is gone: the exception is its caller's.
            frame = current_frame;
            LOAD_FRAME();
            ip = frame->ip;
            goto throw_exception;
        }
        goto enter_new_frame;
    }
    goto op_Call;
}
op_CallSpread: {
    Value callee = R(0);
    Value this_value = R(1);
    MarkedValueVector arguments = CHECK(interp::array_elements(vm, R(2)));
    if (JSFunction* function = as_js_function(callee)) {
        // The callee's arguments must outlive this handler: copy them onto the register stack, released with
        // the callee's frame.
        auto count = static_cast<std::uint32_t>(arguments.size());
        if (static_cast<std::size_t>(stack_end - stack_top) < count) THROW(interp::throw_stack_overflow(vm));
        Value* copy = stack_top;
        std::copy(arguments.begin(), arguments.end(), copy);
        stack_top += count;
        SYNC();
        Frame* callee_frame = enter_function(function, this_value, copy, count, nullptr, false);
        if (!callee_frame) {
            stack_top = copy;
            goto throw_exception;
        }
        callee_frame->stack_restore = copy;
        goto enter_new_frame;
    }
    if (!callee.is_object() || !callee.as_object()->is_callable())
        THROW(interp::throw_not_callable(vm, *frame, callee));
    acc = CHECK(callee.as_object()->internal_call(vm, this_value, arguments.span()));
    NEXT_LEAVING_SCOPE(CallSpread);
}
op_CallDirectEval: {
    Value callee = R(0);
    if (is_intrinsic_eval(callee)) {
        Value source = OP(2) ? R(1) : Value::undefined();
        if (!source.is_string()) {
            acc = source;
            NEXT(CallDirectEval);
        }
        SYNC();
        if (!enter_direct_eval(*frame, source.as_string(), OP(3) != 0)) goto throw_exception;
        goto enter_new_frame;
    }
    if (JSFunction* function = as_js_function(callee)) {
        SYNC();
        if (OP(3) == 2 && can_replace_frame(*frame, function, Value::undefined())) {
            if (!enter_tail_call(function, Value::undefined(), regs + OP(1), OP(2))) {
                frame = current_frame;
                LOAD_FRAME();
                ip = frame->ip;
                goto throw_exception;
            }
            goto enter_new_frame;
        }
        if (!enter_function(function, Value::undefined(), regs + OP(1), OP(2), nullptr, false)) goto throw_exception;
        goto enter_new_frame;
    }
    if (!callee.is_object() || !callee.as_object()->is_callable())
        THROW(interp::throw_not_callable(vm, *frame, callee));
    acc = CHECK(callee.as_object()->internal_call(vm, Value::undefined(), ARGS(1, 2)));
    NEXT(CallDirectEval);
}
op_CallDirectEvalSpread: {
    Value callee = R(0);
    MarkedValueVector arguments = CHECK(interp::array_elements(vm, R(1)));
    if (is_intrinsic_eval(callee)) {
        Value source = arguments.empty() ? Value::undefined() : arguments[0];
        if (!source.is_string()) {
            acc = source;
            NEXT_LEAVING_SCOPE(CallDirectEvalSpread);
        }
        SYNC();
        if (!enter_direct_eval(*frame, source.as_string(), OP(2) != 0)) goto throw_exception;
        goto enter_new_frame;
    }
    if (!callee.is_object() || !callee.as_object()->is_callable())
        THROW(interp::throw_not_callable(vm, *frame, callee));
    acc = CHECK(callee.as_object()->internal_call(vm, Value::undefined(), arguments.span()));
    NEXT_LEAVING_SCOPE(CallDirectEvalSpread);
}
op_Construct: {
    Value callee = R(0);
    JSFunction* function = as_js_function(callee);
    if (function && function->is_constructor()) [[likely]] {
        SYNC();
        if (!enter_function(function, Value::undefined(), regs + OP(1), OP(2), function, false)) goto throw_exception;
        goto enter_new_frame;
    }
    if (!IsConstructor(callee)) THROW(interp::throw_not_constructor(vm, *frame, callee));
    acc = Value(CHECK(callee.as_object()->internal_construct(vm, ARGS(1, 2), callee.as_object())));
    NEXT(Construct);
}
op_ConstructSpread: {
    Value callee = R(0);
    MarkedValueVector arguments = CHECK(interp::array_elements(vm, R(1)));
    if (!IsConstructor(callee)) THROW(interp::throw_not_constructor(vm, *frame, callee));
    acc = Value(CHECK(callee.as_object()->internal_construct(vm, arguments.span(), callee.as_object())));
    NEXT_LEAVING_SCOPE(ConstructSpread);
}
op_SuperCall:
op_SuperCallSpread: {
    bool spread = static_cast<Opcode>(*ip) == Opcode::SuperCallSpread;
    JSFunction* active = frame->callee ? frame->callee->active_function() : nullptr;
    if (!active) THROW(vm.throw_syntax_error("'super' keyword unexpected here"));
    JSObject* super_constructor = CHECK(active->internal_get_prototype_of(vm));
    if (!super_constructor || !super_constructor->is_constructor())
        THROW(vm.throw_type_error("Super constructor is not a constructor"));
    if (!frame->new_target.is_object()) THROW(vm.throw_syntax_error("'super' keyword unexpected here"));
    JSObject* new_target = frame->new_target.as_object();
    if (spread) {
        MarkedValueVector arguments = CHECK(interp::array_elements(vm, R(0)));
        acc = Value(CHECK(super_constructor->internal_construct(vm, arguments.span(), new_target)));
        NEXT_LEAVING_SCOPE(SuperCallSpread);
    }
    if (JSFunction* function = as_js_function(Value(super_constructor))) {
        SYNC();
        if (!enter_function(function, Value::undefined(), regs + OP(0), OP(1), new_target, false))
            goto throw_exception;
        goto enter_new_frame;
    }
    acc = Value(CHECK(super_constructor->internal_construct(vm, ARGS(0, 1), new_target)));
    NEXT(SuperCall);
}

    // --- iteration ---
op_GetIterator:
    CHECK(interp::get_iterator(vm, *frame, acc, regs + OP(0), false));
    NEXT(GetIterator);
op_GetAsyncIterator:
    CHECK(interp::get_iterator(vm, *frame, acc, regs + OP(0), true));
    NEXT(GetAsyncIterator);
op_IteratorStep: {
    Value* record = regs + OP(0);
    if (GeneratorObject* generator = inline_resumable(record[1], record[0])) {
        // The step result is examined when the generator returns to this instruction (return_from_frame).
        SYNC();
        if (!resume_inline(generator, Value::undefined())) goto throw_exception;
        goto enter_new_frame;
    }
    Value step = CHECK(Call(vm, record[1], record[0]));
    if (!step.is_object()) THROW(vm.throw_type_error("Iterator result is not an object"));
    JSObject* step_object = step.as_object();
    if (to_boolean_fast(CHECK(step_object->get(vm, vm.names().done)))) JUMP_TO(OP(1));
    acc = CHECK(step_object->get(vm, vm.names().value));
    NEXT(IteratorStep);
}
op_IteratorNextValue: {
    Value* record = regs + OP(0);
    Value& done = R(1);
    if (done.is_true()) {
        acc = Value::undefined();
        NEXT(IteratorNextValue);
    }
    done = Value::boolean(true);
    Value step = CHECK(Call(vm, record[1], record[0]));
    if (!step.is_object()) THROW(vm.throw_type_error("Iterator result is not an object"));
    if (to_boolean_fast(CHECK(step.as_object()->get(vm, vm.names().done)))) {
        acc = Value::undefined();
        NEXT(IteratorNextValue);
    }
    acc = CHECK(step.as_object()->get(vm, vm.names().value));
    done = Value::boolean(false);
    NEXT(IteratorNextValue);
}
op_IteratorClose:
    CHECK(interp::iterator_close(vm, R(0)));
    NEXT(IteratorClose);
op_IteratorCloseQuiet:
    SYNC();
    interp::iterator_close_quietly(vm, R(0));
    NEXT(IteratorCloseQuiet);
op_CreateDisposeCapability:
    acc = interp::create_dispose_capability(vm);
    NEXT(CreateDisposeCapability);
op_AddDisposableResource:
    CHECK(interp::add_disposable_resource(vm, R(0), acc, OP(1) != 0));
    NEXT(AddDisposableResource);
op_DisposeResources:
    acc = CHECK(interp::dispose_resources(vm, R(0), R(1), R(2), OP(3) != 0));
    NEXT(DisposeResources);
op_ForInPrepare:
    R(0) = CHECK(interp::for_in_prepare(vm, acc));
    NEXT(ForInPrepare);
op_ForInNext: {
    Value key;
    if (!CHECK(interp::for_in_next(vm, R(0), &key))) JUMP_TO(OP(1));
    acc = key;
    NEXT(ForInNext);
}
op_CopyDataProperties:
    acc = CHECK(interp::copy_data_properties(vm, R(0), regs + OP(1), OP(2)));
    NEXT(CopyDataProperties);
op_CopyDataPropertiesInto:
    CHECK(CopyDataProperties(vm, R(0).as_object(), acc));
    NEXT(CopyDataPropertiesInto);

    // --- generators and async functions ---
op_InitialSuspend: {
    if (frame->kind == FrameKind::AsyncGenerator) {
        auto* generator = static_cast<AsyncGeneratorObject*>(frame->owner);
        JSObject* prototype =
            CHECK(GetPrototypeFromConstructor(vm, frame->callee, Intrinsic::AsyncGeneratorPrototype));
        CHECK(generator->internal_set_prototype_of(vm, prototype));
        generator->set_state(AsyncGeneratorObject::State::SuspendedStart);
        generator->set_started();
        result = Value(static_cast<JSObject*>(generator));
    } else {
        auto* generator = static_cast<GeneratorObject*>(frame->owner);
        JSObject* prototype = CHECK(GetPrototypeFromConstructor(vm, frame->callee, Intrinsic::GeneratorPrototype));
        CHECK(generator->internal_set_prototype_of(vm, prototype));
        generator->set_state(GeneratorObject::State::SuspendedStart);
        result = Value(static_cast<JSObject*>(generator));
    }
    completed = false;
    SYNC();
    goto return_from_frame;
}
op_Yield:
    SYNC();
    if (frame->kind == FrameKind::AsyncGenerator) {
        // AsyncGeneratorYield (27.6.3.8): settle the current request with {value: acc, done: false}.
        auto* generator = static_cast<AsyncGeneratorObject*>(frame->owner);
        AsyncGeneratorCompleteStep(vm, generator, false, acc, false, frame->caller_realm);
        if (!generator->queue().empty()) {
            // Execution continues without suspending: the next request is the resumption.
            const AsyncGeneratorObject::Request& next = generator->queue().front();
            R(0) = Value(static_cast<double>(static_cast<std::uint8_t>(next.mode)));
            acc = next.value;
            NEXT(Yield);
        }
        generator->set_state(AsyncGeneratorObject::State::SuspendedYield);
        result = Value::undefined();
    } else {
        static_cast<GeneratorObject*>(frame->owner)->set_state(GeneratorObject::State::SuspendedYield);
        result = acc;
    }
    completed = false;
    goto return_from_frame;
op_YieldDelegate: {
    // One step of yield* (15.5.5 step 7); the compiler follows it with Yield and loops.
    Value* record = regs + OP(0);
    Value iterator = record[0];
    auto mode = static_cast<ResumeMode>(static_cast<std::uint8_t>(R(1).as_number()));
    if (mode == ResumeMode::DelegateReturned) JUMP_TO(OP(2));
    if (mode == ResumeMode::DelegateReturnedFromReturn) JUMP_TO(OP(3));
    if (mode == ResumeMode::DelegateThrew) THROW(vm.throw_value(acc));
    // The method to call: next (read once by GetIterator), or throw/return looked up now.
    Value method = record[1];
    if (mode != ResumeMode::Next) {
        method = CHECK(
            GetMethod(vm, iterator, mode == ResumeMode::Throw ? vm.names().throw_ : vm.names().return_));
        if (method.is_undefined()) {
            if (mode == ResumeMode::Return) JUMP_TO(OP(3));
            CHECK(interp::iterator_close(vm, iterator));
            THROW(vm.throw_type_error("The iterator does not provide a 'throw' method"));
        }
    }
    if (GeneratorObject* delegate = linkable_delegate(method, iterator, mode)) {
        // The intrinsic method of a generator: this generator suspends at the Yield below, linked to the
        // delegate (so resuming it resumes the delegate directly), and the delegate's frame takes its
        // place, resumed as the method would have resumed it.
        auto* self = static_cast<GeneratorObject*>(frame->owner);
        ip += instruction_size(operand_counts::YieldDelegate);
        SYNC();
        bool exits = frame->exits_loop;
        self->set_state(GeneratorObject::State::SuspendedYield);
        chains.link(self, delegate, mode == ResumeMode::Return);
        leave_frame(frame, false);
        delegate->set_state(GeneratorObject::State::Executing);
        // Cannot fail: this generator's header has just been popped.
        Frame* delegate_frame = link_heap_frame(delegate, exits);
        resume_frame(*delegate_frame, acc, mode);
        goto enter_new_frame;
    }
    Value received[] = {acc};
    Value inner = CHECK(Call(vm, method, iterator, received));
    if (!inner.is_object()) THROW(vm.throw_type_error("Iterator result is not an object"));
    if (to_boolean_fast(CHECK(inner.as_object()->get(vm, vm.names().done)))) {
        acc = CHECK(inner.as_object()->get(vm, vm.names().value));
        JUMP_TO(mode == ResumeMode::Return ? OP(3) : OP(2));
    }
    acc = inner;
    NEXT(YieldDelegate);
}
op_Await: {
    if (frame->kind == FrameKind::AsyncGenerator) {
        // Await (27.7.5.3) inside an async generator: the continuation resumes it through
        // resume_after_generator_await; the resumer meanwhile gets undefined.
        JSObject* promise_constructor = vm.current_realm().intrinsic(Intrinsic::PromiseConstructor);
        JSObject* promise = CHECK(PromiseResolve(vm, promise_constructor, acc));
        PerformPromiseThen(vm, static_cast<PromiseObject*>(promise), resume_after_generator_await, frame->owner);
        result = Value::undefined();
        completed = false;
        SYNC();
        goto return_from_frame;
    }
    auto* async_object = static_cast<AsyncFunctionObject*>(frame->owner);
    CHECK(promise_hooks.await(vm, async_object, acc));
    async_object->set_running(false);
    result = Value(async_object->capability().promise);
    completed = false;
    SYNC();
    goto return_from_frame;
}
op_CreateIterResult:
    acc = Value(CreateIterResultObject(vm, acc, OP(0) != 0));
    NEXT(CreateIterResult);
op_ResumeModeDispatch: {
    auto mode = static_cast<ResumeMode>(static_cast<std::uint8_t>(R(0).as_number()));
    if (mode == ResumeMode::Throw) THROW(vm.throw_value(acc));
    if (mode == ResumeMode::Return) JUMP_TO(OP(1));
    NEXT(ResumeModeDispatch);
}

    // --- modules ---
op_ImportCall:
    acc = CHECK(EvaluateImportCall(vm, frame->code_block->source->script_or_module().url, acc, R(0),
                                   static_cast<ImportPhase>(OP(1))));
    NEXT(ImportCall);
op_ImportMeta:
    acc = Value(CHECK(GetImportMeta(vm, frame->code_block->source->script_or_module().module)));
    NEXT(ImportMeta);
op_LdaModuleVariable:
    acc = ReadModuleBinding(
        static_cast<DeclarativeEnvironment*>(environment_at_depth(frame->context, OP(1)))->slot(OP(0)));
    NEXT(LdaModuleVariable);
op_StaModuleVariable:
    static_cast<DeclarativeEnvironment*>(environment_at_depth(frame->context, OP(1)))->slot(OP(0)) = acc;
    NEXT(StaModuleVariable);
op_Nop:
    NEXT(Nop);

    // --- frame transitions ---
enter_new_frame:
    // enter_function/enter_code made the new frame current.
    frame = current_frame;
    LOAD_FRAME();
    ip = frame->ip;
    acc = frame->accumulator;
    // Calls are safe points, as back-edges are: recursion that allocates (generator and async frames)
    // throws the pending out-of-memory RangeError here, and a termination request stops it.
    if (vm.heap().interrupts().pending()) [[unlikely]] {
        if (vm.handle_interrupt()) goto throw_exception;
    }
    DISPATCH();

return_from_frame: {
    // `result` is handed to the resumer/caller; `completed` tells whether a heap frame is finished.
    Frame* done = frame;
    bool exits = done->exits_loop;
    leave_frame(done, completed);
    if (finished_generator) {
        AsyncGeneratorObject* generator = finished_generator;
        finished_generator = nullptr;
        finish_async_generator(generator, finished_value, finished_with_throw);
    }
    if (exits) return result;
    frame = current_frame;
    LOAD_FRAME();
    ip = frame->ip;
    if (static_cast<Opcode>(*ip) == Opcode::IteratorStep) [[unlikely]] {
        // An inline generator resumption from IteratorStep: finish the step with the iterator result.
        JSObject* step = result.as_object();
        if (to_boolean_fast(CHECK(step->get(vm, vm.names().done)))) JUMP_TO(OP(1));
        acc = CHECK(step->get(vm, vm.names().value));
        NEXT(IteratorStep);
    }
    ip += size_of_instruction_at(ip);
    acc = result;
    DISPATCH();
}

construct_error_after_leave: {
    // [[Construct]] steps 10-12 throw after the callee context is gone.
    Frame* done = frame;
    bool exits = done->exits_loop;
    leave_frame(done);
    if (construct_error == 1) (void)vm.throw_type_error("Derived constructors may only return object or undefined");
    else
        (void)vm.throw_reference_error("Must call super constructor in derived class before accessing 'this' or "
                                       "returning from derived constructor");
    if (exits) return kThrowCompletion;
    frame = current_frame;
    LOAD_FRAME();
    ip = frame->ip;
    goto throw_exception;
}

throw_exception:
    for (;;) {
        CodeBlock* code = frame->code_block;
        auto offset = static_cast<std::uint32_t>(ip - code_base);
        for (const ExceptionHandler& handler : code->handlers) {
            // A termination runs no catch or finally block.
            if (offset < handler.start || offset >= handler.end || vm.is_terminating()) continue;
            if (handler.context_register != UINT32_MAX)
                frame->context = static_cast<Environment*>(regs[handler.context_register].as_cell());
            acc = vm.take_exception();
            JUMP_TO(handler.handler);
        }
        // No handler in this frame: unwind it.
        Frame* done = frame;
        bool exits = done->exits_loop;
        if (vm.is_terminating() && done->kind != FrameKind::Generator) [[unlikely]] {
            // Nor does it settle the promise of an async function or generator: it reaches the embedder.
            if (done->kind == FrameKind::Async)
                static_cast<AsyncFunctionObject*>(done->owner)->set_running(false);
            if (done->kind == FrameKind::AsyncGenerator)
                static_cast<AsyncGeneratorObject*>(done->owner)
                    ->set_state(AsyncGeneratorObject::State::Completed);
            leave_frame(done, true);
            if (exits) return kThrowCompletion;
            frame = current_frame;
            LOAD_FRAME();
            ip = frame->ip;
            continue;
        }
        if (done->kind == FrameKind::Async) {
            // An async function never throws to its caller: the exception rejects its promise.
            auto* async_object = static_cast<AsyncFunctionObject*>(done->owner);
            async_object->set_running(false);
            Value exception = vm.take_exception();
            if (settle_async(async_object, exception, true).is_error()) {
                leave_frame(done, true);
                if (exits) return kThrowCompletion;
                frame = current_frame;
                LOAD_FRAME();
                ip = frame->ip;
                continue;
            }
            result = Value(async_object->capability().promise);
            completed = true;
            goto return_from_frame;
        }
        if (done->kind == FrameKind::AsyncGenerator && static_cast<AsyncGeneratorObject*>(done->owner)->started()) {
            // The body threw: the exception rejects the current request (AsyncGeneratorStart).
            finished_generator = static_cast<AsyncGeneratorObject*>(done->owner);
            finished_value = vm.take_exception();
            finished_with_throw = true;
            result = Value::undefined();
            completed = true;
            goto return_from_frame;
        }
        if (done->kind == FrameKind::Generator) {
            auto* generator = static_cast<GeneratorObject*>(done->owner);
            generator->set_state(GeneratorObject::State::Completed);
            if (generator->is_linked() && chains.delegator(generator)) [[unlikely]] {
                // The last of a yield* chain threw: the exception continues in its delegator's yield*.
                leave_frame(done, true);
                continue_delegator(generator, exits, vm.take_exception(), ResumeMode::DelegateThrew);
                goto enter_new_frame;
            }
        }
        leave_frame(done, true);
        if (exits) return kThrowCompletion;
        frame = current_frame;
        LOAD_FRAME();
        ip = frame->ip;
    }

#undef LOAD_FRAME
#undef OP
#undef R
#undef K
#undef DISPATCH
#undef SYNC
#undef NEXT
#undef JUMP_TO
#undef CHECK
#undef THROW
#undef ARGS
}

} // namespace yjs
