// Calls, construction, super() and tagged templates.
#include "compiler/code_generator.h"
#include "compiler/expression_text.h"

#include <cassert>

namespace yjs {

void FunctionCompiler::set_call_position(const Node* callee) {
    // Stack traces point, as V8's do, at the property name of a `.name` method call, at a called name, else
    // (computed `[key]` calls, parenthesized callees, any other expression) at the `(`.
    const Node* inner = callee;
    while (inner->kind == NodeKind::OptionalChain && !inner->parenthesized)
        inner = inner->as<OptionalChain>()->expression;
    if (!inner->parenthesized) {
        if (inner->kind == NodeKind::MemberExpression && !inner->as<MemberExpression>()->computed)
            return set_position(inner->as<MemberExpression>()->property);
        if (inner->kind == NodeKind::SuperMember && !inner->as<SuperMember>()->computed)
            return set_position(inner->as<SuperMember>()->property);
        if (inner->kind == NodeKind::Identifier) return set_position(inner);
    }
    set_position_after(callee);
}

bool FunctionCompiler::has_spread(const std::vector<Node*>& arguments) const {
    for (const Node* argument : arguments)
        if (argument->kind == NodeKind::SpreadElement) return true;
    return false;
}

std::uint32_t FunctionCompiler::arguments_to_registers(const std::vector<Node*>& arguments) {
    auto count = static_cast<std::uint32_t>(arguments.size());
    std::uint32_t first = builder_.allocate_registers(count);
    for (std::uint32_t i = 0; i < count; ++i) {
        RegisterScope registers(*this);
        expression_to(arguments[i], first + i);
    }
    return first;
}

void FunctionCompiler::arguments_to_array(const std::vector<Node*>& arguments, std::uint32_t array) {
    builder_.emit(Opcode::CreateArray);
    builder_.emit(Opcode::Star, {array});
    for (const Node* argument : arguments) {
        RegisterScope registers(*this);
        if (argument->kind == NodeKind::SpreadElement) {
            expression(argument->as<SpreadElement>()->argument);
            set_position(argument);
            builder_.set_operand_text(expression_text(argument->as<SpreadElement>()->argument), true);
            builder_.emit(Opcode::ArraySpread, {array});
        } else {
            expression(argument);
            builder_.emit(Opcode::ArrayPush, {array});
        }
    }
}

void FunctionCompiler::callee_with_this(const Node* callee, std::uint32_t callee_register,
                                        std::uint32_t this_register) {
    switch (callee->kind) {
    case NodeKind::MemberExpression: {
        const auto* member = callee->as<MemberExpression>();
        expression(member->object);
        if (member->optional) builder_.emit(Opcode::JumpIfNullish, {optional_chain_nullish_.back()});
        builder_.emit(Opcode::Star, {this_register});
        member_get(*member, this_register);
        builder_.emit(Opcode::Star, {callee_register});
        return;
    }
    case NodeKind::SuperMember:
        load_this_checked();
        builder_.emit(Opcode::Star, {this_register});
        super_member(*callee->as<SuperMember>());
        builder_.emit(Opcode::Star, {callee_register});
        return;
    case NodeKind::Identifier: {
        const Resolution& resolution = compiler_.analysis().resolution(callee);
        if (resolution.dynamic) {
            // Inside `with`, a function found on the object is called with the object as this.
            set_position(callee);
            builder_.emit(Opcode::LdaLookupWithThis,
                          {name_constant(callee->as<Identifier>()->name), this_register});
            builder_.emit(Opcode::Star, {callee_register});
            return;
        }
        break;
    }
    case NodeKind::OptionalChain: {
        // `(a?.b)()` keeps the reference: this = a, or undefined callee when short-circuited.
        const Node* inner = callee->as<OptionalChain>()->expression;
        if (inner->kind != NodeKind::MemberExpression && inner->kind != NodeKind::SuperMember) break;
        Label nullish = builder_.new_label();
        Label end = builder_.new_label();
        optional_chain_nullish_.push_back(nullish);
        callee_with_this(inner, callee_register, this_register);
        optional_chain_nullish_.pop_back();
        builder_.emit(Opcode::Jump, {end});
        builder_.bind(nullish);
        builder_.emit(Opcode::LdaUndefined);
        builder_.emit(Opcode::Star, {callee_register});
        builder_.emit(Opcode::Star, {this_register});
        builder_.bind(end);
        return;
    }
    default:
        break;
    }
    expression(callee);
    builder_.emit(Opcode::Star, {callee_register});
    builder_.emit(Opcode::LdaUndefined);
    builder_.emit(Opcode::Star, {this_register});
}

void FunctionCompiler::call_expression(const CallExpression& call) {
    RegisterScope registers(*this);
    if (call.is_direct_eval) {
        std::uint32_t callee = expression_to_new_register(call.callee);
        if (has_spread(call.arguments)) {
            std::uint32_t array = builder_.allocate_register();
            arguments_to_array(call.arguments, array);
            set_position(call.callee);
            builder_.set_operand_text(expression_text(call.callee));
            builder_.emit(Opcode::CallDirectEvalSpread, {callee, array, strict_ ? 1u : 0u});
            return;
        }
        std::uint32_t first = arguments_to_registers(call.arguments);
        set_position(call.callee);
        builder_.set_operand_text(expression_text(call.callee));
        std::uint32_t flag = is_tail_call(&call) ? 2u : strict_ ? 1u : 0u;
        builder_.emit(Opcode::CallDirectEval,
                      {callee, first, static_cast<std::uint32_t>(call.arguments.size()), flag});
        return;
    }
    std::uint32_t callee = builder_.allocate_register();
    std::uint32_t this_value = builder_.allocate_register();
    callee_with_this(call.callee, callee, this_value);
    if (call.optional) {
        assert(!optional_chain_nullish_.empty());
        builder_.emit(Opcode::Ldar, {callee});
        builder_.emit(Opcode::JumpIfNullish, {optional_chain_nullish_.back()});
    }
    if (has_spread(call.arguments)) {
        std::uint32_t array = builder_.allocate_register();
        arguments_to_array(call.arguments, array);
        set_call_position(call.callee);
        builder_.set_operand_text(expression_text(call.callee));
        builder_.emit(Opcode::CallSpread, {callee, this_value, array});
        return;
    }
    std::uint32_t first = arguments_to_registers(call.arguments);
    set_call_position(call.callee);
    builder_.set_operand_text(expression_text(call.callee));
    builder_.emit(is_tail_call(&call) ? Opcode::TailCall : Opcode::Call,
                  {callee, this_value, first, static_cast<std::uint32_t>(call.arguments.size())});
}

void FunctionCompiler::new_expression(const NewExpression& expression_node) {
    RegisterScope registers(*this);
    std::uint32_t constructor = expression_to_new_register(expression_node.callee);
    if (has_spread(expression_node.arguments)) {
        std::uint32_t array = builder_.allocate_register();
        arguments_to_array(expression_node.arguments, array);
        set_position(&expression_node);
        builder_.set_operand_text(expression_text(expression_node.callee));
        builder_.emit(Opcode::ConstructSpread, {constructor, array});
        return;
    }
    std::uint32_t first = arguments_to_registers(expression_node.arguments);
    set_position(&expression_node);
    builder_.set_operand_text(expression_text(expression_node.callee));
    builder_.emit(Opcode::Construct,
                  {constructor, first, static_cast<std::uint32_t>(expression_node.arguments.size())});
}

void FunctionCompiler::super_call(const SuperCall& call) {
    RegisterScope registers(*this);
    if (has_spread(call.arguments)) {
        std::uint32_t array = builder_.allocate_register();
        arguments_to_array(call.arguments, array);
        set_position(&call);
        builder_.emit(Opcode::SuperCallSpread, {array});
    } else {
        std::uint32_t first = arguments_to_registers(call.arguments);
        set_position(&call);
        builder_.emit(Opcode::SuperCall, {first, static_cast<std::uint32_t>(call.arguments.size())});
    }
    // BindThisValue (ReferenceError if already bound), then InitializeInstanceElements(result, F).
    builder_.emit(Opcode::ThrowSuperAlreadyCalled);
    builder_.emit(Opcode::StaThis);
    bool initialize = true;
    for (const FunctionInfo* function = info_; function; function = function->parent) {
        if (function->kind == FunctionInfoKind::Function && function->is_arrow) continue;
        if (function->kind == FunctionInfoKind::Function && function->node->home_class)
            initialize = class_has_instance_elements(*function->node->home_class);
        break;
    }
    if (initialize) builder_.emit(Opcode::InitializeInstanceElements);
    builder_.emit(Opcode::LdaThis);
}

void FunctionCompiler::tagged_template(const TaggedTemplate& tagged) {
    RegisterScope registers(*this);
    std::uint32_t callee = builder_.allocate_register();
    std::uint32_t this_value = builder_.allocate_register();
    callee_with_this(tagged.tag, callee, this_value);
    const TemplateLiteral& literal = *tagged.quasi;
    auto count = static_cast<std::uint32_t>(literal.expressions.size() + 1);
    std::uint32_t first = builder_.allocate_registers(count);
    builder_.emit(Opcode::GetTemplateObject, {builder_.cell_constant(compiler_.template_site(literal))});
    builder_.emit(Opcode::Star, {first});
    for (std::uint32_t i = 0; i + 1 < count; ++i) {
        RegisterScope argument_registers(*this);
        expression_to(literal.expressions[i], first + 1 + i);
    }
    set_position(tagged.quasi); // V8's stack traces point at the template
    builder_.set_operand_text(expression_text(tagged.tag));
    builder_.emit(is_tail_call(&tagged) ? Opcode::TailCall : Opcode::Call, {callee, this_value, first, count});
}

} // namespace yjs
