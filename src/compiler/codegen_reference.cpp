// Scopes, variable access, assignment references and destructuring.
#include "compiler/code_generator.h"
#include "compiler/expression_text.h"
#include "runtime/vm.h"

#include <cassert>

namespace yjs {

namespace {

std::uint32_t error_type(ErrorType type) { return static_cast<std::uint32_t>(type); }

} // namespace

// --- Scopes ---------------------------------------------------------------------------------------------

ScopeEntry::ScopeEntry(FunctionCompiler& compiler, Scope* scope)
    : compiler_(compiler), scope_(scope), previous_(compiler.current_scope_) {
    if (!scope) return;
    active_ = true;
    compiler_.enter_scope(scope);
    if (scope->has_context) {
        entry_.kind = ControlEntry::Kind::Context;
        compiler_.push_control(&entry_);
    }
}

void ScopeEntry::exit() {
    if (!active_) return;
    active_ = false;
    if (scope_->has_context) compiler_.pop_control(&entry_);
    compiler_.exit_scope(scope_, previous_);
}

void FunctionCompiler::enter_scope(Scope* scope) {
    if (scope->kind == ScopeKind::With) builder_.emit(Opcode::PushWithContext);
    else if (scope->has_context)
        builder_.emit(Opcode::PushContext, {builder_.cell_constant(compiler_.scope_info(scope))});
    current_scope_ = scope;
}

void FunctionCompiler::exit_scope(Scope* scope, Scope* previous) {
    if (scope->has_context) builder_.emit(Opcode::PopContext);
    current_scope_ = previous;
}

std::uint32_t FunctionCompiler::context_depth(const Scope* target) const {
    std::uint32_t depth = 0;
    for (const Scope* scope = current_scope_; scope != target; scope = scope->parent) {
        assert(scope);
        if (scope->has_context) ++depth;
    }
    return depth;
}

std::uint32_t FunctionCompiler::save_context() {
    if (!info_->uses_contexts) return UINT32_MAX;
    std::uint32_t reg = builder_.allocate_register();
    builder_.emit(Opcode::SaveContext, {reg});
    return reg;
}

// --- Variables ------------------------------------------------------------------------------------------

void FunctionCompiler::load_variable(const Variable& variable) {
    switch (variable.location) {
    case Variable::Location::Register:
        builder_.emit(Opcode::Ldar, {variable.index});
        break;
    case Variable::Location::Context:
        if (variable.is_import)
            builder_.emit(Opcode::LdaModuleVariable, {variable.index, context_depth(variable.scope)});
        else
            builder_.emit(Opcode::LdaContextSlot, {context_depth(variable.scope), variable.index});
        break;
    case Variable::Location::Callee:
        builder_.emit(Opcode::LdaCallee);
        break;
    case Variable::Location::Unallocated:
        assert(false);
        break;
    }
}

void FunctionCompiler::store_variable_init(const Variable& variable) {
    switch (variable.location) {
    case Variable::Location::Register:
        builder_.emit(Opcode::Star, {variable.index});
        break;
    case Variable::Location::Context:
        builder_.emit(Opcode::StaContextSlot, {context_depth(variable.scope), variable.index});
        break;
    case Variable::Location::Callee:
    case Variable::Location::Unallocated:
        break;
    }
}

void FunctionCompiler::load_resolved(const Node* identifier, const std::u16string& name, bool for_typeof) {
    const Resolution& resolution = compiler_.analysis().resolution(identifier);
    if (resolution.dynamic) {
        set_position(identifier);
        builder_.emit(for_typeof ? Opcode::LdaLookupOrUndefined : Opcode::LdaLookup, {name_constant(name)});
        return;
    }
    if (!resolution.variable) {
        // `undefined` is a non-writable, non-configurable global: never shadowed at this point.
        if (name == u"undefined") {
            builder_.emit(Opcode::LdaUndefined);
            return;
        }
        set_position(identifier);
        builder_.emit(for_typeof ? Opcode::LdaGlobalOrUndefined : Opcode::LdaGlobal,
                      {name_constant(name), builder_.feedback_slot()});
        return;
    }
    load_variable(*resolution.variable);
    if (resolution.needs_hole_check) {
        set_position(identifier);
        builder_.emit(Opcode::ThrowIfHole, {name_constant(name)});
    }
}

void FunctionCompiler::store_resolved(const Node* identifier, const std::u16string& name, BindMode mode) {
    const Resolution& resolution = compiler_.analysis().resolution(identifier);
    if (resolution.dynamic) {
        set_position(identifier);
        builder_.emit(Opcode::StaLookup, {name_constant(name), strict_ ? 1u : 0u});
        return;
    }
    if (!resolution.variable) {
        set_position(identifier);
        if (mode == BindMode::Init) builder_.emit(Opcode::InitGlobalLexical, {name_constant(name)});
        else builder_.emit(Opcode::StaGlobal, {name_constant(name), builder_.feedback_slot()});
        return;
    }
    const Variable& variable = *resolution.variable;
    if (mode == BindMode::Init) {
        store_variable_init(variable);
        return;
    }
    if (resolution.needs_hole_check) {
        RegisterScope registers(*this);
        std::uint32_t value = builder_.allocate_register();
        builder_.emit(Opcode::Star, {value});
        load_variable(variable);
        set_position(identifier);
        builder_.emit(Opcode::ThrowIfHole, {name_constant(name)});
        builder_.emit(Opcode::Ldar, {value});
    }
    if (variable.is_const) {
        if (variable.is_sloppy_const && !strict_) return;
        set_position(identifier);
        builder_.emit(Opcode::ThrowConstAssign, {name_constant(name)});
        return;
    }
    store_variable_init(variable);
}

void FunctionCompiler::load_private_name(const Node* private_name) {
    const Resolution& resolution = compiler_.analysis().resolution(private_name);
    if (resolution.variable) load_variable(*resolution.variable);
    else builder_.emit(Opcode::LdaLookup, {name_constant(private_name->as<PrivateName>()->name)});
}

// --- References -----------------------------------------------------------------------------------------

FunctionCompiler::Reference FunctionCompiler::prepare_reference(const Node* target, bool convert_key_now) {
    Reference reference;
    reference.node = target;
    switch (target->kind) {
    case NodeKind::Identifier:
        reference.kind = Reference::Kind::Identifier;
        reference.name = target->as<Identifier>()->name;
        if (compiler_.analysis().resolution(target).dynamic) {
            reference.kind = Reference::Kind::Dynamic;
            reference.object = builder_.allocate_register();
            set_position(target);
            builder_.emit(Opcode::ResolveLookup, {name_constant(reference.name), reference.object});
        }
        break;
    case NodeKind::MemberExpression: {
        const auto* member = target->as<MemberExpression>();
        reference.object = expression_to_new_register(member->object);
        if (member->property->kind == NodeKind::PrivateName) {
            reference.kind = Reference::Kind::Private;
            reference.key = builder_.allocate_register();
            load_private_name(member->property);
            builder_.emit(Opcode::Star, {reference.key});
        } else if (member->computed) {
            reference.kind = Reference::Kind::Keyed;
            reference.key = builder_.allocate_register();
            expression(member->property);
            builder_.emit(Opcode::Star, {reference.key});
            if (convert_key_now) emit_key_conversion(member->property, reference.object, reference.key);
        } else {
            reference.kind = Reference::Kind::Named;
            reference.name = member->property->as<Identifier>()->name;
        }
        break;
    }
    case NodeKind::SuperMember: {
        // GetThisBinding, the key's value, GetSuperBase; ToPropertyKey at GetValue/PutValue (13.3.7.1).
        const auto* member = target->as<SuperMember>();
        load_this_checked();
        reference.key = builder_.allocate_register();
        if (member->computed) {
            reference.kind = Reference::Kind::SuperKeyed;
            expression(member->property);
        } else {
            reference.kind = Reference::Kind::SuperNamed;
            reference.name = member->property->as<Identifier>()->name;
            builder_.emit(Opcode::LdaConstant, {name_constant(reference.name)});
        }
        builder_.emit(Opcode::Star, {reference.key});
        reference.object = builder_.allocate_register();
        builder_.emit(Opcode::LdaSuperBase);
        builder_.emit(Opcode::Star, {reference.object});
        if (member->computed && convert_key_now) emit_key_conversion(member->property, reference.object, reference.key);
        break;
    }
    default:
        // Annex B (runtime errors for function call assignment targets): the call is evaluated, then its
        // evaluation as a reference throws, before the right-hand side or any GetValue runs.
        reference.kind = Reference::Kind::Invalid;
        reference.object = expression_to_new_register(target);
        set_position(target);
        builder_.emit(Opcode::ThrowError, {error_type(ErrorType::ReferenceError),
                                           name_constant(u"Invalid left-hand side in assignment")});
        break;
    }
    return reference;
}

void FunctionCompiler::load_reference(const Reference& reference) {
    switch (reference.kind) {
    case Reference::Kind::Identifier:
        load_resolved(reference.node, reference.name, false);
        break;
    case Reference::Kind::Dynamic:
        set_position(reference.node);
        builder_.emit(Opcode::LdaResolved, {reference.object, name_constant(reference.name)});
        break;
    case Reference::Kind::Named:
        set_position(reference.node);
        builder_.emit(Opcode::GetNamed,
                      {reference.object, name_constant(reference.name), builder_.feedback_slot()});
        break;
    case Reference::Kind::Keyed:
        builder_.emit(Opcode::Ldar, {reference.key});
        set_position(reference.node);
        builder_.emit(Opcode::GetKeyed, {reference.object, builder_.feedback_slot()});
        break;
    case Reference::Kind::Private:
        set_position(reference.node);
        builder_.emit(Opcode::GetPrivate, {reference.object, reference.key});
        break;
    case Reference::Kind::SuperNamed:
    case Reference::Kind::SuperKeyed:
        builder_.emit(Opcode::Ldar, {reference.key});
        set_position(reference.node);
        builder_.emit(Opcode::GetSuper, {reference.object});
        break;
    case Reference::Kind::Invalid:
        // prepare_reference already threw.
        break;
    }
}

void FunctionCompiler::store_reference(const Reference& reference, BindMode mode) {
    std::uint32_t strict = strict_ ? 1 : 0;
    switch (reference.kind) {
    case Reference::Kind::Identifier:
        store_resolved(reference.node, reference.name, mode);
        break;
    case Reference::Kind::Dynamic:
        set_position(reference.node);
        builder_.emit(Opcode::StaResolved, {reference.object, name_constant(reference.name), strict});
        break;
    case Reference::Kind::Named:
        set_position(reference.node);
        builder_.emit(Opcode::SetNamed,
                      {reference.object, name_constant(reference.name), builder_.feedback_slot(), strict});
        break;
    case Reference::Kind::Keyed:
        set_position(reference.node);
        builder_.emit(Opcode::SetKeyed, {reference.object, reference.key, builder_.feedback_slot(), strict});
        break;
    case Reference::Kind::Private:
        set_position(reference.node);
        builder_.emit(Opcode::SetPrivate, {reference.object, reference.key});
        break;
    case Reference::Kind::SuperNamed:
    case Reference::Kind::SuperKeyed:
        set_position(reference.node);
        builder_.emit(Opcode::SetSuper, {reference.object, reference.key, strict});
        break;
    case Reference::Kind::Invalid:
        // prepare_reference already threw.
        break;
    }
}

void FunctionCompiler::emit_key_conversion(const Node* key_node, std::uint32_t base, std::uint32_t key) {
    // A reference read and then written converts its key once, after GetValue's ToObject(base): with a
    // null/undefined base the GetKeyed/GetSuper that follows throws before any conversion.
    if (key_node->kind == NodeKind::StringLiteral || key_node->kind == NodeKind::NumericLiteral) return;
    builder_.emit(Opcode::ToPropertyKeyOfBase, {base, key});
}

// --- Destructuring --------------------------------------------------------------------------------------

void FunctionCompiler::bind_target(const Node* target, BindMode mode, const Node* source) {
    switch (target->kind) {
    case NodeKind::Identifier:
        store_resolved(target, target->as<Identifier>()->name, mode);
        break;
    case NodeKind::ArrayPattern:
        destructure_array(*target->as<ArrayPattern>(), mode, source);
        break;
    case NodeKind::ObjectPattern:
        destructure_object(*target->as<ObjectPattern>(), mode, source);
        break;
    default: {
        // A member (or Annex B call) target whose reference may be evaluated after the value.
        RegisterScope registers(*this);
        std::uint32_t value = builder_.allocate_register();
        builder_.emit(Opcode::Star, {value});
        Reference reference = prepare_reference(target, false);
        builder_.emit(Opcode::Ldar, {value});
        store_reference(reference, mode);
        break;
    }
    }
}

void FunctionCompiler::bind_element(const Node* element, BindMode mode, const std::function<void()>& produce_value) {
    const Node* target = element;
    const Node* default_value = nullptr;
    if (element->kind == NodeKind::AssignmentPattern) {
        target = element->as<AssignmentPattern>()->target;
        default_value = element->as<AssignmentPattern>()->default_value;
    }
    RegisterScope registers(*this);
    bool simple = !is_pattern(target);
    Reference reference;
    // Assignment targets are evaluated before the value is fetched.
    if (simple) reference = prepare_reference(target, false);
    produce_value();
    if (default_value) {
        Label done = builder_.new_label();
        builder_.emit(Opcode::JumpIfNotUndefined, {done});
        if (target->kind == NodeKind::Identifier && is_anonymous_function_definition(default_value))
            named_expression(default_value, target->as<Identifier>()->name);
        else
            expression(default_value);
        builder_.bind(done);
    }
    if (simple) store_reference(reference, mode);
    else bind_target(target, mode);
}

void FunctionCompiler::destructure_array(const ArrayPattern& pattern, BindMode mode, const Node* source) {
    RegisterScope registers(*this);
    std::uint32_t iterator = builder_.allocate_registers(2);
    std::uint32_t done = builder_.allocate_register();
    set_position(&pattern);
    if (source) builder_.set_operand_text(expression_text(source));
    builder_.emit(Opcode::GetIterator, {iterator});
    builder_.emit(Opcode::LdaFalse);
    builder_.emit(Opcode::Star, {done});

    HandlerRegion region;
    region.handler = builder_.new_label();
    ControlEntry entry;
    entry.kind = ControlEntry::Kind::Iterator;
    entry.region = &region;
    entry.iterator_register = iterator;
    entry.done_register = done;
    open_region(region, save_context());
    {
        ControlScope control(*this, entry);
        for (const Node* element : pattern.elements) {
            if (!element) {
                builder_.emit(Opcode::IteratorNextValue, {iterator, done});
                continue;
            }
            if (element->kind == NodeKind::RestElement) {
                const Node* target = element->as<RestElement>()->target;
                RegisterScope rest_registers(*this);
                bool simple = !is_pattern(target);
                Reference reference;
                if (simple) reference = prepare_reference(target, false);
                std::uint32_t array = builder_.allocate_register();
                builder_.emit(Opcode::CreateArray);
                builder_.emit(Opcode::Star, {array});
                Label loop = builder_.new_label();
                Label end = builder_.new_label();
                builder_.emit(Opcode::Ldar, {done});
                builder_.emit(Opcode::JumpIfTrue, {end});
                builder_.emit(Opcode::LdaTrue);
                builder_.emit(Opcode::Star, {done});
                builder_.bind(loop);
                builder_.emit(Opcode::IteratorStep, {iterator, end});
                builder_.emit(Opcode::ArrayPush, {array});
                builder_.emit(Opcode::Jump, {loop});
                builder_.bind(end);
                builder_.emit(Opcode::Ldar, {array});
                if (simple) store_reference(reference, mode);
                else bind_target(target, mode);
                continue;
            }
            bind_element(element, mode, [&] { builder_.emit(Opcode::IteratorNextValue, {iterator, done}); });
        }
    }
    close_region(region);

    Label after = builder_.new_label();
    builder_.emit(Opcode::Ldar, {done});
    builder_.emit(Opcode::JumpIfTrue, {after});
    builder_.emit(Opcode::IteratorClose, {iterator});
    builder_.emit(Opcode::Jump, {after});

    // On a throw: close the iterator unless it is done, then rethrow.
    builder_.bind(region.handler);
    std::uint32_t exception = builder_.allocate_register();
    Label rethrow = builder_.new_label();
    builder_.emit(Opcode::Star, {exception});
    builder_.emit(Opcode::Ldar, {done});
    builder_.emit(Opcode::JumpIfTrue, {rethrow});
    builder_.emit(Opcode::IteratorCloseQuiet, {iterator});
    builder_.bind(rethrow);
    builder_.emit(Opcode::Ldar, {exception});
    builder_.emit(Opcode::Throw);
    builder_.bind(after);
}

void FunctionCompiler::destructure_object(const ObjectPattern& pattern, BindMode mode, const Node* source) {
    RegisterScope registers(*this);
    std::uint32_t source_register = builder_.allocate_register();
    builder_.emit(Opcode::Star, {source_register});
    set_position(&pattern);
    // The error names the first property when it has a plain name, as V8 does.
    std::u16string first_name;
    if (!pattern.properties.empty() && pattern.properties.front()->kind == NodeKind::Property) {
        const auto* first = pattern.properties.front()->as<Property>();
        if (!first->computed && first->key->kind == NodeKind::Identifier)
            first_name = first->key->as<Identifier>()->name;
        else if (!first->computed && first->key->kind == NodeKind::StringLiteral)
            first_name = first->key->as<StringLiteral>()->value;
    }
    if (source) builder_.set_operand_text(expression_text(source));
    builder_.emit(Opcode::ThrowIfNullish, {name_constant(first_name)});

    bool has_rest = !pattern.properties.empty() && pattern.properties.back()->kind == NodeKind::RestElement;
    std::uint32_t key_count = static_cast<std::uint32_t>(pattern.properties.size()) - (has_rest ? 1 : 0);
    std::uint32_t keys = has_rest ? builder_.allocate_registers(key_count) : 0;

    for (std::uint32_t i = 0; i < pattern.properties.size(); ++i) {
        const Node* property = pattern.properties[i];
        if (property->kind == NodeKind::RestElement) {
            const Node* target = property->as<RestElement>()->target;
            RegisterScope rest_registers(*this);
            bool simple = !is_pattern(target);
            Reference reference;
            if (simple) reference = prepare_reference(target, false);
            set_position(property);
            builder_.emit(Opcode::CopyDataProperties, {source_register, keys, key_count});
            if (simple) store_reference(reference, mode);
            else bind_target(target, mode);
            continue;
        }
        const auto* p = property->as<Property>();
        RegisterScope property_registers(*this);
        std::optional<std::u16string> name = static_property_name(p->key, p->computed);
        std::uint32_t key = UINT32_MAX;
        if (!name) {
            key = has_rest ? keys + i : builder_.allocate_register();
            expression(p->key);
            builder_.emit(Opcode::ToPropertyKey);
            builder_.emit(Opcode::Star, {key});
        } else if (has_rest) {
            builder_.emit(Opcode::LdaConstant, {name_constant(*name)});
            builder_.emit(Opcode::Star, {keys + i});
        }
        bind_element(p->value, mode, [&] {
            set_position(p);
            if (name) {
                builder_.emit(Opcode::GetNamed,
                              {source_register, name_constant(*name), builder_.feedback_slot()});
            } else {
                builder_.emit(Opcode::Ldar, {key});
                builder_.emit(Opcode::GetKeyed, {source_register, builder_.feedback_slot()});
            }
        });
    }
}

} // namespace yjs
