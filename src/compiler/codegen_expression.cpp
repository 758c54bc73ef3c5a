// Expressions (calls are in codegen_call.cpp, yield/await in codegen_generator.cpp).
#include "compiler/code_generator.h"
#include "compiler/expression_text.h"
#include "runtime/bigint.h"
#include "runtime/number_conversion.h"
#include "runtime/vm.h"

#include <cassert>
#include <cmath>

namespace yjs {

namespace {

std::u16string ascii_to_utf16(const std::string& text) { return std::u16string(text.begin(), text.end()); }

} // namespace

void FunctionCompiler::expression_to(const Node* node, std::uint32_t reg) {
    expression(node);
    builder_.emit(Opcode::Star, {reg});
}

std::uint32_t FunctionCompiler::expression_to_new_register(const Node* node) {
    std::uint32_t reg = builder_.allocate_register();
    expression_to(node, reg);
    return reg;
}

bool FunctionCompiler::is_anonymous_function_definition(const Node* node) {
    switch (node->kind) {
    case NodeKind::FunctionExpression:
        return node->as<FunctionNode>()->id == nullptr;
    case NodeKind::ArrowFunction:
        return true;
    case NodeKind::ClassExpression:
        return node->as<ClassNode>()->id == nullptr;
    default:
        return false;
    }
}

void FunctionCompiler::named_expression(const Node* node, const std::u16string& name) {
    switch (node->kind) {
    case NodeKind::FunctionExpression:
    case NodeKind::ArrowFunction:
        if (node->kind == NodeKind::ArrowFunction || !node->as<FunctionNode>()->id) {
            emit_closure(*node->as<FunctionNode>(), name);
            return;
        }
        break;
    case NodeKind::ClassExpression:
        if (!node->as<ClassNode>()->id) {
            emit_class(*node->as<ClassNode>(), name);
            return;
        }
        break;
    default:
        break;
    }
    expression(node);
}

void FunctionCompiler::literal_number(double value) {
    if (value >= -2147483648.0 && value <= 2147483647.0 && value == std::trunc(value) &&
        !(value == 0 && std::signbit(value))) {
        builder_.emit(Opcode::LdaSmi, {static_cast<std::uint32_t>(static_cast<std::int32_t>(value))});
        return;
    }
    builder_.emit(Opcode::LdaConstant, {builder_.number_constant(value)});
}

std::optional<std::u16string> FunctionCompiler::static_property_name(const Node* key, bool computed) const {
    if (computed) return std::nullopt;
    switch (key->kind) {
    case NodeKind::Identifier:
        return key->as<Identifier>()->name;
    case NodeKind::StringLiteral:
        return key->as<StringLiteral>()->value;
    case NodeKind::NumericLiteral:
        return ascii_to_utf16(NumberToString(key->as<NumericLiteral>()->value));
    case NodeKind::BigIntLiteral:
        return ascii_to_utf16(key->as<BigIntLiteral>()->digits);
    case NodeKind::PrivateName:
        return key->as<PrivateName>()->name;
    default:
        return std::nullopt;
    }
}

void FunctionCompiler::property_key_to_register(const Node* key, bool computed, std::uint32_t reg) {
    if (std::optional<std::u16string> name = static_property_name(key, computed)) {
        builder_.emit(Opcode::LdaConstant, {name_constant(*name)});
    } else {
        expression(key);
        builder_.emit(Opcode::ToPropertyKey);
    }
    builder_.emit(Opcode::Star, {reg});
}

void FunctionCompiler::expression(const Node* node) {
    switch (node->kind) {
    case NodeKind::Identifier:
        load_resolved(node, node->as<Identifier>()->name, false);
        break;
    case NodeKind::NullLiteral:
        builder_.emit(Opcode::LdaNull);
        break;
    case NodeKind::BooleanLiteral:
        builder_.emit(node->as<BooleanLiteral>()->value ? Opcode::LdaTrue : Opcode::LdaFalse);
        break;
    case NodeKind::NumericLiteral:
        literal_number(node->as<NumericLiteral>()->value);
        break;
    case NodeKind::BigIntLiteral:
        builder_.emit(Opcode::LdaConstant, {builder_.value_constant(Value(BigInt::create_from_literal(
                                               compiler_.vm(), node->as<BigIntLiteral>()->digits)))});
        break;
    case NodeKind::StringLiteral:
        builder_.emit(Opcode::LdaConstant, {name_constant(node->as<StringLiteral>()->value)});
        break;
    case NodeKind::RegExpLiteral: {
        const auto* regexp = node->as<RegExpLiteral>();
        set_position(node);
        builder_.emit(Opcode::CreateRegExp, {name_constant(regexp->pattern), name_constant(regexp->flags)});
        break;
    }
    case NodeKind::TemplateLiteral:
        template_literal(*node->as<TemplateLiteral>());
        break;
    case NodeKind::TaggedTemplate:
        tagged_template(*node->as<TaggedTemplate>());
        break;
    case NodeKind::ThisExpression:
        this_expression();
        break;
    case NodeKind::SuperCall:
        super_call(*node->as<SuperCall>());
        break;
    case NodeKind::SuperMember:
        super_member(*node->as<SuperMember>());
        break;
    case NodeKind::NewTarget:
        builder_.emit(Opcode::LdaNewTarget);
        break;
    case NodeKind::ImportMeta:
        builder_.emit(Opcode::ImportMeta);
        break;
    case NodeKind::ImportCall: {
        const auto* call = node->as<ImportCall>();
        RegisterScope registers(*this);
        std::uint32_t specifier = expression_to_new_register(call->source);
        std::uint32_t options = builder_.allocate_register();
        if (call->options)
            expression(call->options);
        else
            builder_.emit(Opcode::LdaUndefined);
        builder_.emit(Opcode::Star, {options});
        builder_.emit(Opcode::Ldar, {specifier});
        set_position(node);
        builder_.emit(Opcode::ImportCall, {options, static_cast<std::uint32_t>(call->phase)});
        break;
    }
    case NodeKind::ArrayExpression:
        array_expression(*node->as<ArrayExpression>());
        break;
    case NodeKind::ObjectExpression:
        object_expression(*node->as<ObjectExpression>());
        break;
    case NodeKind::FunctionExpression:
    case NodeKind::ArrowFunction: {
        const auto* function = node->as<FunctionNode>();
        emit_closure(*function, function->id ? function->id->name : std::u16string());
        break;
    }
    case NodeKind::ClassExpression: {
        const auto* class_node = node->as<ClassNode>();
        emit_class(*class_node, class_node->id ? class_node->id->name : std::u16string());
        break;
    }
    case NodeKind::UnaryExpression:
        unary_expression(*node->as<UnaryExpression>());
        break;
    case NodeKind::UpdateExpression:
        update_expression(*node->as<UpdateExpression>());
        break;
    case NodeKind::BinaryExpression:
        binary_expression(*node->as<BinaryExpression>());
        break;
    case NodeKind::LogicalExpression:
        logical_expression(*node->as<LogicalExpression>());
        break;
    case NodeKind::AssignmentExpression:
        assignment_expression(*node->as<AssignmentExpression>());
        break;
    case NodeKind::ConditionalExpression:
        conditional_expression(*node->as<ConditionalExpression>());
        break;
    case NodeKind::CallExpression:
        call_expression(*node->as<CallExpression>());
        break;
    case NodeKind::NewExpression:
        new_expression(*node->as<NewExpression>());
        break;
    case NodeKind::MemberExpression:
        member_expression(*node->as<MemberExpression>());
        break;
    case NodeKind::OptionalChain:
        optional_chain(*node->as<OptionalChain>());
        break;
    case NodeKind::SequenceExpression:
        sequence_expression(*node->as<SequenceExpression>());
        break;
    case NodeKind::YieldExpression:
        yield_expression(*node->as<YieldExpression>());
        break;
    case NodeKind::AwaitExpression:
        await_expression(*node->as<AwaitExpression>());
        break;
    default:
        assert(false && "not an expression");
        break;
    }
}

void FunctionCompiler::template_literal(const TemplateLiteral& literal) {
    if (literal.expressions.empty()) {
        builder_.emit(Opcode::LdaConstant, {name_constant(*literal.quasis.front().cooked)});
        return;
    }
    RegisterScope registers(*this);
    std::uint32_t accumulated = builder_.allocate_register();
    bool have = false;
    if (!literal.quasis.front().cooked->empty()) {
        builder_.emit(Opcode::LdaConstant, {name_constant(*literal.quasis.front().cooked)});
        builder_.emit(Opcode::Star, {accumulated});
        have = true;
    }
    for (std::size_t i = 0; i < literal.expressions.size(); ++i) {
        expression(literal.expressions[i]);
        set_position(literal.expressions[i]);
        builder_.emit(Opcode::ToString);
        if (have) builder_.emit(Opcode::Add, {accumulated});
        builder_.emit(Opcode::Star, {accumulated});
        have = true;
        const std::u16string& next = *literal.quasis[i + 1].cooked;
        if (!next.empty()) {
            builder_.emit(Opcode::LdaConstant, {name_constant(next)});
            builder_.emit(Opcode::Add, {accumulated});
            builder_.emit(Opcode::Star, {accumulated});
        }
    }
    builder_.emit(Opcode::Ldar, {accumulated});
}

void FunctionCompiler::array_expression(const ArrayExpression& array) {
    RegisterScope registers(*this);
    std::uint32_t result = builder_.allocate_register();
    builder_.emit(Opcode::CreateArray);
    builder_.emit(Opcode::Star, {result});
    for (const Node* element : array.elements) {
        if (!element) {
            builder_.emit(Opcode::ArrayPushHole, {result});
        } else if (element->kind == NodeKind::SpreadElement) {
            expression(element->as<SpreadElement>()->argument);
            set_position(element);
            builder_.set_operand_text(expression_text(element->as<SpreadElement>()->argument));
            builder_.emit(Opcode::ArraySpread, {result});
        } else {
            expression(element);
            builder_.emit(Opcode::ArrayPush, {result});
        }
    }
    builder_.emit(Opcode::Ldar, {result});
}

void FunctionCompiler::object_expression(const ObjectExpression& object) {
    RegisterScope registers(*this);
    std::uint32_t result = builder_.allocate_register();
    builder_.emit(Opcode::CreateObject);
    builder_.emit(Opcode::Star, {result});
    for (const Node* node : object.properties) {
        RegisterScope property_registers(*this);
        if (node->kind == NodeKind::SpreadElement) {
            expression(node->as<SpreadElement>()->argument);
            set_position(node);
            builder_.emit(Opcode::CopyDataPropertiesInto, {result});
            continue;
        }
        const auto* property = node->as<Property>();
        std::optional<std::u16string> name = static_property_name(property->key, property->computed);
        switch (property->property_kind) {
        case PropertyKind::Init:
            if (property->is_proto_setter) {
                expression(property->value);
                builder_.emit(Opcode::SetPrototypeLiteral, {result});
            } else if (name) {
                if (is_anonymous_function_definition(property->value)) named_expression(property->value, *name);
                else expression(property->value);
                builder_.emit(Opcode::DefineNamedOwn, {result, name_constant(*name)});
            } else {
                std::uint32_t key = builder_.allocate_register();
                property_key_to_register(property->key, true, key);
                bool anonymous = is_anonymous_function_definition(property->value);
                expression(property->value);
                builder_.emit(Opcode::DefineKeyedOwn, {result, key, anonymous ? 1u : 0u});
            }
            break;
        case PropertyKind::Method:
        case PropertyKind::Get:
        case PropertyKind::Set: {
            std::uint32_t key = builder_.allocate_register();
            property_key_to_register(property->key, property->computed, key);
            const char16_t* prefix = property->property_kind == PropertyKind::Get   ? u"get "
                                     : property->property_kind == PropertyKind::Set ? u"set "
                                                                                    : u"";
            emit_closure(*property->value->as<FunctionNode>(), name ? prefix + *name : std::u16string());
            if (property->property_kind == PropertyKind::Method)
                builder_.emit(Opcode::DefineMethod, {result, key, 1u});
            else
                builder_.emit(Opcode::DefineAccessor,
                              {result, key, (property->property_kind == PropertyKind::Set ? 1u : 0u) | 2u});
            break;
        }
        }
    }
    builder_.emit(Opcode::Ldar, {result});
}

void FunctionCompiler::this_expression() { load_this_checked(); }

void FunctionCompiler::load_this_checked() {
    builder_.emit(Opcode::LdaThis);
    if (is_derived_constructor_context()) builder_.emit(Opcode::ThrowSuperNotCalled);
}

void FunctionCompiler::unary_expression(const UnaryExpression& unary) {
    switch (unary.op) {
    case UnaryOp::Minus:
        if (unary.argument->kind == NodeKind::NumericLiteral) {
            literal_number(-unary.argument->as<NumericLiteral>()->value);
            return;
        }
        expression(unary.argument);
        builder_.emit(Opcode::Negate);
        return;
    case UnaryOp::Plus:
        expression(unary.argument);
        builder_.emit(Opcode::ToNumber);
        return;
    case UnaryOp::Not:
        expression(unary.argument);
        builder_.emit(Opcode::Not);
        return;
    case UnaryOp::BitNot:
        expression(unary.argument);
        builder_.emit(Opcode::BitNot);
        return;
    case UnaryOp::Typeof:
        if (unary.argument->kind == NodeKind::Identifier)
            load_resolved(unary.argument, unary.argument->as<Identifier>()->name, true);
        else
            expression(unary.argument);
        builder_.emit(Opcode::TypeOf);
        return;
    case UnaryOp::Void:
        expression(unary.argument);
        builder_.emit(Opcode::LdaUndefined);
        return;
    case UnaryOp::Delete:
        delete_expression(unary.argument);
        return;
    }
}

void FunctionCompiler::delete_expression(const Node* argument) {
    RegisterScope registers(*this);
    switch (argument->kind) {
    case NodeKind::Identifier: {
        const Resolution& resolution = compiler_.analysis().resolution(argument);
        // Declared bindings cannot be deleted; globals and eval-introduced vars may be.
        if (resolution.variable && !resolution.dynamic) builder_.emit(Opcode::LdaFalse);
        else builder_.emit(Opcode::DeleteLookup, {name_constant(argument->as<Identifier>()->name)});
        return;
    }
    case NodeKind::MemberExpression: {
        const auto* member = argument->as<MemberExpression>();
        std::uint32_t object = member_object(*member);
        if (member->computed) expression(member->property);
        else builder_.emit(Opcode::LdaConstant, {name_constant(member->property->as<Identifier>()->name)});
        set_position(argument);
        builder_.emit(Opcode::DeleteProperty, {object, strict_ ? 1u : 0u});
        return;
    }
    case NodeKind::SuperMember: {
        const auto* member = argument->as<SuperMember>();
        load_this_checked();
        // The key expression is evaluated, but the reference is never used: no ToPropertyKey.
        if (member->computed) expression(member->property);
        set_position(argument);
        builder_.emit(Opcode::ThrowError, {static_cast<std::uint32_t>(ErrorType::ReferenceError),
                                           name_constant(u"Unsupported reference to 'super'")});
        return;
    }
    case NodeKind::OptionalChain: {
        Label nullish = builder_.new_label();
        Label end = builder_.new_label();
        optional_chain_nullish_.push_back(nullish);
        delete_expression(argument->as<OptionalChain>()->expression);
        optional_chain_nullish_.pop_back();
        builder_.emit(Opcode::Jump, {end});
        builder_.bind(nullish);
        builder_.emit(Opcode::LdaTrue);
        builder_.bind(end);
        return;
    }
    default:
        expression(argument);
        builder_.emit(Opcode::LdaTrue);
        return;
    }
}

void FunctionCompiler::update_expression(const UpdateExpression& update, bool value_used) {
    RegisterScope registers(*this);
    Reference reference = prepare_reference(update.argument, true);
    load_reference(reference);
    // Inc and Dec apply ToNumeric themselves; a postfix update whose value is used keeps the converted
    // old value.
    std::uint32_t old_value = UINT32_MAX;
    if (!update.prefix && value_used) {
        builder_.emit(Opcode::ToNumeric);
        old_value = builder_.allocate_register();
        builder_.emit(Opcode::Star, {old_value});
    }
    builder_.emit(update.op == UpdateOp::Increment ? Opcode::Inc : Opcode::Dec);
    store_reference(reference);
    if (old_value != UINT32_MAX) builder_.emit(Opcode::Ldar, {old_value});
}

void FunctionCompiler::effect_expression(const Node* node) {
    if (node->kind == NodeKind::UpdateExpression) update_expression(*node->as<UpdateExpression>(), false);
    else expression(node);
}

void FunctionCompiler::emit_binary_operator(BinaryOp op, std::uint32_t left) {
    switch (op) {
    case BinaryOp::Add: builder_.emit(Opcode::Add, {left}); break;
    case BinaryOp::Sub: builder_.emit(Opcode::Sub, {left}); break;
    case BinaryOp::Mul: builder_.emit(Opcode::Mul, {left}); break;
    case BinaryOp::Div: builder_.emit(Opcode::Div, {left}); break;
    case BinaryOp::Mod: builder_.emit(Opcode::Mod, {left}); break;
    case BinaryOp::Exp: builder_.emit(Opcode::Exp, {left}); break;
    case BinaryOp::LeftShift: builder_.emit(Opcode::ShiftLeft, {left}); break;
    case BinaryOp::SignedRightShift: builder_.emit(Opcode::ShiftRight, {left}); break;
    case BinaryOp::UnsignedRightShift: builder_.emit(Opcode::ShiftRightUnsigned, {left}); break;
    case BinaryOp::BitAnd: builder_.emit(Opcode::BitAnd, {left}); break;
    case BinaryOp::BitOr: builder_.emit(Opcode::BitOr, {left}); break;
    case BinaryOp::BitXor: builder_.emit(Opcode::BitXor, {left}); break;
    case BinaryOp::Equal: builder_.emit(Opcode::TestEqual, {left}); break;
    case BinaryOp::NotEqual:
        builder_.emit(Opcode::TestEqual, {left});
        builder_.emit(Opcode::Not);
        break;
    case BinaryOp::StrictEqual: builder_.emit(Opcode::TestStrictEqual, {left}); break;
    case BinaryOp::StrictNotEqual:
        builder_.emit(Opcode::TestStrictEqual, {left});
        builder_.emit(Opcode::Not);
        break;
    case BinaryOp::Less: builder_.emit(Opcode::TestLessThan, {left}); break;
    case BinaryOp::Greater: builder_.emit(Opcode::TestGreaterThan, {left}); break;
    case BinaryOp::LessEqual: builder_.emit(Opcode::TestLessThanOrEqual, {left}); break;
    case BinaryOp::GreaterEqual: builder_.emit(Opcode::TestGreaterThanOrEqual, {left}); break;
    case BinaryOp::InstanceOf: builder_.emit(Opcode::TestInstanceOf, {left}); break;
    case BinaryOp::In: builder_.emit(Opcode::TestIn, {left}); break;
    }
}

void FunctionCompiler::binary_expression(const BinaryExpression& binary) {
    RegisterScope registers(*this);
    if (binary.op == BinaryOp::In && binary.left->kind == NodeKind::PrivateName) {
        std::uint32_t symbol = builder_.allocate_register();
        load_private_name(binary.left);
        builder_.emit(Opcode::Star, {symbol});
        expression(binary.right);
        set_position(&binary);
        builder_.emit(Opcode::HasPrivate, {symbol});
        return;
    }
    std::uint32_t left = operand_register(binary.left, binary.right);
    expression(binary.right);
    set_position_after(binary.left);
    emit_binary_operator(binary.op, left);
}

void FunctionCompiler::set_position_after(const Node* node) {
    const std::u16string& text = compiler_.source()->text;
    std::uint32_t offset = node->end;
    while (offset < text.size()) {
        char16_t c = text[offset];
        if (c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u')' || c == 0x2028 || c == 0x2029 ||
            c == 0xFEFF || c == 0xA0 || c == 0x0B || c == 0x0C) {
            ++offset;
        } else if (c == u'/' && offset + 1 < text.size() && text[offset + 1] == u'/') {
            while (offset < text.size() && text[offset] != u'\n' && text[offset] != u'\r') ++offset;
        } else if (c == u'/' && offset + 1 < text.size() && text[offset + 1] == u'*') {
            std::size_t close = text.find(u"*/", offset + 2);
            offset = close == std::u16string::npos ? static_cast<std::uint32_t>(text.size())
                                                   : static_cast<std::uint32_t>(close + 2);
        } else {
            break;
        }
    }
    if (offset >= text.size() || node->start > offset) {
        set_position(node);
        return;
    }
    std::uint32_t line = node->line;
    std::uint32_t line_start = UINT32_MAX;
    for (std::uint32_t i = node->start; i < offset; ++i) {
        char16_t c = text[i];
        bool crlf = c == u'\r' && i + 1 < offset && text[i + 1] == u'\n';
        if (c == u'\n' || c == u'\r' || c == 0x2028 || c == 0x2029) {
            if (crlf) ++i;
            ++line;
            line_start = i + 1;
        }
    }
    std::uint32_t column = line_start == UINT32_MAX ? node->column + (offset - node->start) : offset - line_start + 1;
    builder_.set_position(line, column);
}

namespace {

bool is_simple_operand(const Node* node) {
    switch (node->kind) {
    case NodeKind::NumericLiteral:
    case NodeKind::StringLiteral:
    case NodeKind::Identifier:
    case NodeKind::NullLiteral:
    case NodeKind::BooleanLiteral:
    case NodeKind::ThisExpression:
        return true;
    default:
        return false;
    }
}

// Whether evaluating `node` may write a local that lives in a register. Only an assignment or update
// written in `node` itself can (a closure never sees this frame's registers, and a function with direct
// eval keeps its locals in contexts); any kind not listed here counts as writing.
bool may_write_registers(const Node* node) {
    switch (node->kind) {
    case NodeKind::NumericLiteral:
    case NodeKind::StringLiteral:
    case NodeKind::Identifier:
    case NodeKind::NullLiteral:
    case NodeKind::BooleanLiteral:
    case NodeKind::BigIntLiteral:
    case NodeKind::ThisExpression:
        return false;
    case NodeKind::MemberExpression: {
        const auto* member = node->as<MemberExpression>();
        return may_write_registers(member->object) ||
               (member->computed && may_write_registers(member->property));
    }
    case NodeKind::BinaryExpression: {
        const auto* binary = node->as<BinaryExpression>();
        return may_write_registers(binary->left) || may_write_registers(binary->right);
    }
    case NodeKind::LogicalExpression: {
        const auto* logical = node->as<LogicalExpression>();
        return may_write_registers(logical->left) || may_write_registers(logical->right);
    }
    case NodeKind::UnaryExpression:
        return may_write_registers(node->as<UnaryExpression>()->argument);
    case NodeKind::ConditionalExpression: {
        const auto* conditional = node->as<ConditionalExpression>();
        return may_write_registers(conditional->test) || may_write_registers(conditional->consequent) ||
               may_write_registers(conditional->alternate);
    }
    case NodeKind::CallExpression: {
        const auto* call = node->as<CallExpression>();
        if (call->is_direct_eval || may_write_registers(call->callee)) return true;
        for (const Node* argument : call->arguments)
            if (may_write_registers(argument)) return true;
        return false;
    }
    default:
        return true;
    }
}

} // namespace

std::optional<std::uint32_t> FunctionCompiler::register_in_place(const Node* node,
                                                                 const Node* evaluated_after) {
    if (node->kind != NodeKind::Identifier) return std::nullopt;
    const Resolution& resolution = compiler_.analysis().resolution(node);
    if (!resolution.variable || resolution.dynamic || resolution.needs_hole_check ||
        resolution.variable->location != Variable::Location::Register)
        return std::nullopt;
    if (evaluated_after) {
        // A mapped arguments object aliases the parameters' registers, so then any code that may run a
        // getter or a call could change them: only the simplest operands are safe.
        bool safe = parameter_locations_.empty() ? !may_write_registers(evaluated_after)
                                                 : is_simple_operand(evaluated_after);
        if (!safe) return std::nullopt;
    }
    return resolution.variable->index;
}

std::uint32_t FunctionCompiler::operand_register(const Node* left, const Node* right) {
    // A local in a register is used in place when evaluating `right` cannot change it.
    if (std::optional<std::uint32_t> reg = register_in_place(left, right)) return *reg;
    return expression_to_new_register(left);
}

void FunctionCompiler::logical_expression(const LogicalExpression& logical) {
    Label end = builder_.new_label();
    expression(logical.left);
    switch (logical.op) {
    case LogicalOp::And: builder_.emit(Opcode::JumpIfFalse, {end}); break;
    case LogicalOp::Or: builder_.emit(Opcode::JumpIfTrue, {end}); break;
    case LogicalOp::Coalesce: builder_.emit(Opcode::JumpIfNotNullish, {end}); break;
    }
    expression(logical.right);
    builder_.bind(end);
}

namespace {

BinaryOp compound_operator(AssignOp op) {
    switch (op) {
    case AssignOp::Add: return BinaryOp::Add;
    case AssignOp::Sub: return BinaryOp::Sub;
    case AssignOp::Mul: return BinaryOp::Mul;
    case AssignOp::Div: return BinaryOp::Div;
    case AssignOp::Mod: return BinaryOp::Mod;
    case AssignOp::Exp: return BinaryOp::Exp;
    case AssignOp::LeftShift: return BinaryOp::LeftShift;
    case AssignOp::SignedRightShift: return BinaryOp::SignedRightShift;
    case AssignOp::UnsignedRightShift: return BinaryOp::UnsignedRightShift;
    case AssignOp::BitAnd: return BinaryOp::BitAnd;
    case AssignOp::BitOr: return BinaryOp::BitOr;
    case AssignOp::BitXor: return BinaryOp::BitXor;
    default: return BinaryOp::Add;
    }
}

} // namespace

void FunctionCompiler::assignment_expression(const AssignmentExpression& assignment) {
    RegisterScope registers(*this);
    const Node* target = assignment.target;
    auto value = [&] {
        // IsIdentifierRef: `(fn) = function() {}` names nothing.
        if (target->kind == NodeKind::Identifier && !target->parenthesized &&
            is_anonymous_function_definition(assignment.value))
            named_expression(assignment.value, target->as<Identifier>()->name);
        else
            expression(assignment.value);
    };
    if (assignment.op == AssignOp::Assign) {
        if (is_pattern(target)) {
            std::uint32_t result = builder_.allocate_register();
            expression(assignment.value);
            builder_.emit(Opcode::Star, {result});
            bind_target(target, BindMode::Assign, assignment.value);
            builder_.emit(Opcode::Ldar, {result});
            return;
        }
        Reference reference = prepare_reference(target, false);
        value();
        store_reference(reference);
        return;
    }
    Reference reference = prepare_reference(target, true);
    load_reference(reference);
    if (assignment.op == AssignOp::And || assignment.op == AssignOp::Or || assignment.op == AssignOp::Coalesce) {
        Label end = builder_.new_label();
        builder_.emit(assignment.op == AssignOp::And  ? Opcode::JumpIfFalse
                      : assignment.op == AssignOp::Or ? Opcode::JumpIfTrue
                                                      : Opcode::JumpIfNotNullish,
                      {end});
        value();
        store_reference(reference);
        builder_.bind(end);
        return;
    }
    std::uint32_t left = builder_.allocate_register();
    builder_.emit(Opcode::Star, {left});
    expression(assignment.value);
    set_position_after(assignment.target);
    emit_binary_operator(compound_operator(assignment.op), left);
    store_reference(reference);
}

void FunctionCompiler::conditional_expression(const ConditionalExpression& conditional) {
    Label otherwise = builder_.new_label();
    Label end = builder_.new_label();
    expression(conditional.test);
    builder_.emit(Opcode::JumpIfFalse, {otherwise});
    expression(conditional.consequent);
    builder_.emit(Opcode::Jump, {end});
    builder_.bind(otherwise);
    expression(conditional.alternate);
    builder_.bind(end);
}

std::uint32_t FunctionCompiler::member_object(const MemberExpression& member) {
    std::uint32_t object = builder_.allocate_register();
    expression(member.object);
    if (member.optional) {
        assert(!optional_chain_nullish_.empty());
        builder_.emit(Opcode::JumpIfNullish, {optional_chain_nullish_.back()});
    }
    builder_.emit(Opcode::Star, {object});
    return object;
}

void FunctionCompiler::member_get(const MemberExpression& member, std::uint32_t object) {
    if (member.property->kind == NodeKind::PrivateName) {
        RegisterScope registers(*this);
        std::uint32_t symbol = builder_.allocate_register();
        load_private_name(member.property);
        builder_.emit(Opcode::Star, {symbol});
        set_position(member.property);
        builder_.emit(Opcode::GetPrivate, {object, symbol});
    } else if (member.computed) {
        expression(member.property);
        set_position(member.property);
        builder_.emit(Opcode::GetKeyed, {object, builder_.feedback_slot()});
    } else {
        set_position(member.property);
        builder_.emit(Opcode::GetNamed,
                      {object, name_constant(member.property->as<Identifier>()->name), builder_.feedback_slot()});
    }
}

void FunctionCompiler::member_expression(const MemberExpression& member) {
    RegisterScope registers(*this);
    std::optional<std::uint32_t> local;
    if (!member.optional)
        local = register_in_place(member.object, member.computed ? member.property : nullptr);
    member_get(member, local ? *local : member_object(member));
}

void FunctionCompiler::super_member(const SuperMember& member) {
    RegisterScope registers(*this);
    load_this_checked();
    std::uint32_t base = builder_.allocate_register();
    if (member.computed) {
        std::uint32_t key = builder_.allocate_register();
        expression(member.property);
        builder_.emit(Opcode::Star, {key});
        builder_.emit(Opcode::LdaSuperBase);
        builder_.emit(Opcode::Star, {base});
        builder_.emit(Opcode::Ldar, {key});
    } else {
        builder_.emit(Opcode::LdaSuperBase);
        builder_.emit(Opcode::Star, {base});
        builder_.emit(Opcode::LdaConstant, {name_constant(member.property->as<Identifier>()->name)});
    }
    set_position(&member);
    builder_.emit(Opcode::GetSuper, {base});
}

void FunctionCompiler::optional_chain(const OptionalChain& chain) {
    Label nullish = builder_.new_label();
    Label end = builder_.new_label();
    optional_chain_nullish_.push_back(nullish);
    expression(chain.expression);
    optional_chain_nullish_.pop_back();
    builder_.emit(Opcode::Jump, {end});
    builder_.bind(nullish);
    builder_.emit(Opcode::LdaUndefined);
    builder_.bind(end);
}

void FunctionCompiler::sequence_expression(const SequenceExpression& sequence) {
    for (const Node* expression_node : sequence.expressions) {
        RegisterScope registers(*this);
        if (expression_node == sequence.expressions.back()) expression(expression_node);
        else effect_expression(expression_node);
    }
}

void FunctionCompiler::export_default(const ExportDefaultDeclaration& declaration) {
    const Node* node = declaration.declaration;
    if (node->kind == NodeKind::FunctionDeclaration) return; // instantiated with the module environment
    RegisterScope registers(*this);
    if (node->kind == NodeKind::ClassDeclaration) {
        const auto* class_node = node->as<ClassNode>();
        emit_class(*class_node, class_node->id ? class_node->id->name : std::u16string(u"default"));
        if (class_node->id) {
            store_resolved(class_node->id, class_node->id->name, BindMode::Init);
            return;
        }
    } else if (is_anonymous_function_definition(node)) {
        named_expression(node, u"default");
    } else {
        expression(node);
    }
    Variable* binding = info_->parameter_scope->find(u"*default*");
    assert(binding);
    store_variable_init(*binding);
}

} // namespace yjs
