// Expressions, including the cover grammars for arrow parameters and destructuring assignment.
#include "parser/parser_impl.h"

#include <utility>

namespace yjs {

namespace {

struct NestingGuard {
    explicit NestingGuard(int& depth) : depth_(depth) {}
    ~NestingGuard() { --depth_; }
    int& depth_;
};

void merge_errors(CoverErrors& into, const CoverErrors& from) {
    if (!into.shorthand_init) into.shorthand_init = from.shorthand_init;
    if (!into.duplicate_proto) into.duplicate_proto = from.duplicate_proto;
}

bool is_identifier_name_token(TokenType type) {
    return type == TokenType::Identifier || type == TokenType::EscapedKeyword ||
           (type >= TokenType::Break && type <= TokenType::With);
}

std::optional<AssignOp> assignment_operator(TokenType type) {
    switch (type) {
    case TokenType::Assign:
        return AssignOp::Assign;
    case TokenType::PlusAssign:
        return AssignOp::Add;
    case TokenType::MinusAssign:
        return AssignOp::Sub;
    case TokenType::StarAssign:
        return AssignOp::Mul;
    case TokenType::SlashAssign:
        return AssignOp::Div;
    case TokenType::PercentAssign:
        return AssignOp::Mod;
    case TokenType::StarStarAssign:
        return AssignOp::Exp;
    case TokenType::LeftShiftAssign:
        return AssignOp::LeftShift;
    case TokenType::SignedRightShiftAssign:
        return AssignOp::SignedRightShift;
    case TokenType::UnsignedRightShiftAssign:
        return AssignOp::UnsignedRightShift;
    case TokenType::AmpersandAssign:
        return AssignOp::BitAnd;
    case TokenType::PipeAssign:
        return AssignOp::BitOr;
    case TokenType::CaretAssign:
        return AssignOp::BitXor;
    case TokenType::AmpersandAmpersandAssign:
        return AssignOp::And;
    case TokenType::PipePipeAssign:
        return AssignOp::Or;
    case TokenType::QuestionQuestionAssign:
        return AssignOp::Coalesce;
    default:
        return std::nullopt;
    }
}

// Binary operator precedence (higher binds tighter); 0 when the token is not a binary operator handled by
// parse_binary (the short-circuit operators are handled separately).
constexpr int kPrecedenceBitOr = 1;
constexpr int kPrecedenceRelational = 6;
constexpr int kPrecedenceExponent = 10;

int binary_precedence(TokenType type, bool in, BinaryOp& op) {
    switch (type) {
    case TokenType::Pipe:
        op = BinaryOp::BitOr;
        return 1;
    case TokenType::Caret:
        op = BinaryOp::BitXor;
        return 2;
    case TokenType::Ampersand:
        op = BinaryOp::BitAnd;
        return 3;
    case TokenType::Equal:
        op = BinaryOp::Equal;
        return 4;
    case TokenType::NotEqual:
        op = BinaryOp::NotEqual;
        return 4;
    case TokenType::StrictEqual:
        op = BinaryOp::StrictEqual;
        return 4;
    case TokenType::StrictNotEqual:
        op = BinaryOp::StrictNotEqual;
        return 4;
    case TokenType::Less:
        op = BinaryOp::Less;
        return kPrecedenceRelational;
    case TokenType::Greater:
        op = BinaryOp::Greater;
        return kPrecedenceRelational;
    case TokenType::LessEqual:
        op = BinaryOp::LessEqual;
        return kPrecedenceRelational;
    case TokenType::GreaterEqual:
        op = BinaryOp::GreaterEqual;
        return kPrecedenceRelational;
    case TokenType::InstanceOf:
        op = BinaryOp::InstanceOf;
        return kPrecedenceRelational;
    case TokenType::In:
        op = BinaryOp::In;
        return in ? kPrecedenceRelational : 0;
    case TokenType::LeftShift:
        op = BinaryOp::LeftShift;
        return 7;
    case TokenType::SignedRightShift:
        op = BinaryOp::SignedRightShift;
        return 7;
    case TokenType::UnsignedRightShift:
        op = BinaryOp::UnsignedRightShift;
        return 7;
    case TokenType::Plus:
        op = BinaryOp::Add;
        return 8;
    case TokenType::Minus:
        op = BinaryOp::Sub;
        return 8;
    case TokenType::Star:
        op = BinaryOp::Mul;
        return 9;
    case TokenType::Slash:
        op = BinaryOp::Div;
        return 9;
    case TokenType::Percent:
        op = BinaryOp::Mod;
        return 9;
    case TokenType::StarStar:
        op = BinaryOp::Exp;
        return kPrecedenceExponent;
    default:
        return 0;
    }
}

} // namespace

// ---------------------------------------------------------------------------------------------------------
// Cover errors and assignment targets

bool Parser::check_cover_errors(const CoverErrors& errors) {
    if (errors.shorthand_init) return fail(*errors.shorthand_init, "invalid shorthand property initializer");
    if (errors.duplicate_proto)
        return fail(*errors.duplicate_proto, "duplicate __proto__ fields are not allowed in object literals");
    return true;
}

bool Parser::is_simple_assignment_target(Node* node, bool for_update) const {
    (void)for_update;
    switch (node->kind) {
    case NodeKind::Identifier: {
        const auto& name = node->as<Identifier>()->name;
        return !(strict_ && (name == u"eval" || name == u"arguments"));
    }
    case NodeKind::MemberExpression:
    case NodeKind::SuperMember:
        return true;
    case NodeKind::CallExpression:
        // Annex B web-compat: f() = x is a runtime ReferenceError in sloppy code.
        return !strict_ && !node->as<CallExpression>()->optional;
    default:
        return false;
    }
}

Node* Parser::make_identifier(const Token& token) {
    auto* id = make<Identifier>(token);
    id->name = token.value;
    id->end = token.end;
    return id;
}

// ---------------------------------------------------------------------------------------------------------
// Expression / AssignmentExpression

Node* Parser::parse_expression(bool in, CoverErrors* errors) {
    SourcePos start = pos();
    Node* first = PARSE_TRY(parse_assignment(in, errors));
    if (!at(TokenType::Comma)) return first;
    auto* sequence = make<SequenceExpression>(start);
    sequence->expressions.push_back(first);
    while (eat(TokenType::Comma)) {
        if (error_) return nullptr;
        sequence->expressions.push_back(PARSE_TRY(parse_assignment(in, errors)));
    }
    if (error_) return nullptr;
    return finish(sequence);
}

Node* Parser::parse_assignment(bool in, CoverErrors* errors) {
    if (!enter_nesting()) return nullptr;
    NestingGuard guard(depth_);
    bool saved_in = in_allowed_;
    in_allowed_ = in;
    struct Restore {
        bool& target;
        bool value;
        ~Restore() { target = value; }
    } restore{in_allowed_, saved_in};

    if (at(TokenType::Identifier) && tok_.value == u"yield" && yield_is_keyword()) {
        if (tok_.escaped) {
            fail_at_token("keyword must not contain escaped characters");
            return nullptr;
        }
        return parse_yield();
    }

    SourcePos start = pos();
    CoverErrors own;
    Node* saved_arrow = pending_arrow_;
    pending_arrow_ = nullptr;
    Node* left = PARSE_TRY(parse_conditional(in, &own));
    if (pending_arrow_) {
        if (pending_arrow_ != left) {
            fail(pending_arrow_->start, "arrow function is not allowed here");
            return nullptr;
        }
        pending_arrow_ = saved_arrow;
        return left;
    }
    pending_arrow_ = saved_arrow;

    auto op = assignment_operator(tok_.type);
    if (!op) {
        if (errors)
            merge_errors(*errors, own);
        else if (!check_cover_errors(own))
            return nullptr;
        return left;
    }
    Node* target = left;
    if (*op == AssignOp::Assign &&
        (left->kind == NodeKind::ObjectExpression || left->kind == NodeKind::ArrayExpression) &&
        !left->parenthesized) {
        target = PARSE_TRY(to_assignment_pattern(left));
    } else {
        if (!check_cover_errors(own)) return nullptr;
        bool valid = is_simple_assignment_target(left, false);
        if (valid && left->kind == NodeKind::CallExpression &&
            (*op == AssignOp::And || *op == AssignOp::Or || *op == AssignOp::Coalesce))
            valid = false;
        if (!valid) {
            fail(left->start, "invalid assignment target");
            return nullptr;
        }
    }
    advance();
    auto* node = make<AssignmentExpression>(start);
    node->op = *op;
    node->target = target;
    node->value = PARSE_TRY(parse_assignment(in));
    return finish(node);
}

Node* Parser::parse_yield() {
    SourcePos start = pos();
    if (in_parameters_) {
        fail_at_token("yield expressions are not allowed in formal parameters");
        return nullptr;
    }
    if (in_class_field_init_) {
        fail_at_token("yield expressions are not allowed in class field initializers");
        return nullptr;
    }
    if (!yield_expression_offset_) yield_expression_offset_ = start.start;
    advance();
    auto* node = make<YieldExpression>(start);
    if (!tok_.newline_before) {
        if (eat(TokenType::Star)) {
            node->delegate = true;
            node->argument = PARSE_TRY(parse_assignment(in_allowed_));
        } else {
            switch (tok_.type) {
            case TokenType::RightParen:
            case TokenType::RightBracket:
            case TokenType::RightBrace:
            case TokenType::Comma:
            case TokenType::Semicolon:
            case TokenType::Colon:
            case TokenType::EndOfFile:
            case TokenType::Question:
            case TokenType::Arrow:
                break;
            case TokenType::In:
                break;
            default:
                node->argument = PARSE_TRY(parse_assignment(in_allowed_));
                break;
            }
        }
    }
    if (error_) return nullptr;
    return finish(node);
}

// ---------------------------------------------------------------------------------------------------------
// Conditional, short-circuit and binary operators

Node* Parser::parse_conditional(bool in, CoverErrors* errors) {
    SourcePos start = pos();
    Node* test = PARSE_TRY(parse_short_circuit(in, errors));
    if (test == pending_arrow_ || !at(TokenType::Question)) return test;
    if (errors && !check_cover_errors(*errors)) return nullptr;
    advance();
    auto* node = make<ConditionalExpression>(start);
    node->test = test;
    node->consequent = PARSE_TRY(parse_assignment(true));
    if (!expect(TokenType::Colon)) return nullptr;
    node->alternate = PARSE_TRY(parse_assignment(in));
    return finish(node);
}

Node* Parser::parse_short_circuit(bool in, CoverErrors* errors) {
    SourcePos start = pos();
    Node* left = PARSE_TRY(parse_binary(kPrecedenceBitOr, in, errors));
    if (left == pending_arrow_) return left;
    ChainDepth chain(depth_);
    if (at(TokenType::QuestionQuestion)) {
        while (at(TokenType::QuestionQuestion)) {
            if (errors && !check_cover_errors(*errors)) return nullptr;
            if (!add_chain_link(chain)) return nullptr;
            advance();
            Node* right = PARSE_TRY(parse_binary(kPrecedenceBitOr, in, nullptr));
            auto* node = make<LogicalExpression>(start);
            node->op = LogicalOp::Coalesce;
            node->left = left;
            node->right = right;
            left = finish(node);
        }
        if (at(TokenType::AmpersandAmpersand) || at(TokenType::PipePipe)) {
            fail_at_token("cannot mix ?? with && or || without parentheses");
            return nullptr;
        }
        return left;
    }
    // LogicalORExpression: && binds tighter than ||.
    auto parse_and_chain = [&](Node* first, const SourcePos& first_token) -> Node* {
        Node* result = first;
        while (at(TokenType::AmpersandAmpersand)) {
            if (!add_chain_link(chain)) return nullptr;
            advance();
            Node* right = PARSE_TRY(parse_binary(kPrecedenceBitOr, in, nullptr));
            auto* node = make<LogicalExpression>(first_token);
            node->op = LogicalOp::And;
            node->left = result;
            node->right = right;
            result = finish(node);
        }
        return result;
    };
    if (!at(TokenType::AmpersandAmpersand) && !at(TokenType::PipePipe)) return left;
    if (errors && !check_cover_errors(*errors)) return nullptr;
    left = PARSE_TRY(parse_and_chain(left, start));
    while (at(TokenType::PipePipe)) {
        if (!add_chain_link(chain)) return nullptr;
        advance();
        SourcePos right_start = pos();
        Node* right = PARSE_TRY(parse_binary(kPrecedenceBitOr, in, nullptr));
        right = PARSE_TRY(parse_and_chain(right, right_start));
        auto* node = make<LogicalExpression>(start);
        node->op = LogicalOp::Or;
        node->left = left;
        node->right = right;
        left = finish(node);
    }
    if (at(TokenType::QuestionQuestion)) {
        fail_at_token("cannot mix ?? with && or || without parentheses");
        return nullptr;
    }
    return left;
}

Node* Parser::parse_private_in() {
    // `#x in obj`: the PrivateName is only valid as the left operand of `in`.
    Token name = tok_;
    if (!reference_private_name(name.value, name.start)) return nullptr;
    auto* node = make<PrivateName>(name);
    node->name = name.value;
    advance();
    finish(node);
    if (!at(TokenType::In)) {
        fail(name.start, "unexpected private name");
        return nullptr;
    }
    return node;
}

Node* Parser::parse_binary(int min_precedence, bool in, CoverErrors* errors) {
    if (!enter_nesting()) return nullptr;
    NestingGuard guard(depth_);
    SourcePos start = pos();
    Node* left = nullptr;
    if (at(TokenType::PrivateName)) {
        if (!in || min_precedence > kPrecedenceRelational) {
            fail_unexpected();
            return nullptr;
        }
        left = PARSE_TRY(parse_private_in());
    } else {
        left = PARSE_TRY(parse_unary(errors));
    }
    if (left == pending_arrow_) return left;
    ChainDepth chain(depth_);
    while (true) {
        BinaryOp op{};
        int precedence = binary_precedence(tok_.type, in, op);
        if (precedence == 0 || precedence < min_precedence) break;
        if (errors && !check_cover_errors(*errors)) return nullptr;
        if (op == BinaryOp::Exp) {
            if (!left->parenthesized &&
                (left->kind == NodeKind::UnaryExpression || left->kind == NodeKind::AwaitExpression)) {
                fail_at_token("unparenthesized unary expression cannot be the base of **");
                return nullptr;
            }
        }
        if (left->kind == NodeKind::PrivateName && op != BinaryOp::In) {
            fail(left->start, "unexpected private name");
            return nullptr;
        }
        if (!add_chain_link(chain)) return nullptr;
        advance();
        // ** is right-associative; the others are left-associative.
        Node* right =
            PARSE_TRY(parse_binary(op == BinaryOp::Exp ? kPrecedenceExponent : precedence + 1, in, nullptr));
        auto* node = make<BinaryExpression>(start);
        node->op = op;
        node->left = left;
        node->right = right;
        left = finish(node);
    }
    return left;
}

// ---------------------------------------------------------------------------------------------------------
// Unary and update expressions

Node* Parser::parse_unary(CoverErrors* errors) {
    if (!enter_nesting()) return nullptr;
    NestingGuard guard(depth_);
    SourcePos start = pos();
    std::optional<UnaryOp> op;
    switch (tok_.type) {
    case TokenType::Delete:
        op = UnaryOp::Delete;
        break;
    case TokenType::Void:
        op = UnaryOp::Void;
        break;
    case TokenType::Typeof:
        op = UnaryOp::Typeof;
        break;
    case TokenType::Plus:
        op = UnaryOp::Plus;
        break;
    case TokenType::Minus:
        op = UnaryOp::Minus;
        break;
    case TokenType::Tilde:
        op = UnaryOp::BitNot;
        break;
    case TokenType::Bang:
        op = UnaryOp::Not;
        break;
    default:
        break;
    }
    if (op) {
        advance();
        Node* argument = PARSE_TRY(parse_unary(nullptr));
        if (argument == pending_arrow_) {
            fail(argument->start, "arrow function is not allowed here");
            return nullptr;
        }
        if (*op == UnaryOp::Delete) {
            if (strict_ && argument->kind == NodeKind::Identifier) {
                fail(start.start, "delete of an unqualified identifier in strict mode");
                return nullptr;
            }
            Node* inner = argument;
            if (inner->kind == NodeKind::OptionalChain) inner = inner->as<OptionalChain>()->expression;
            if (inner->kind == NodeKind::MemberExpression &&
                inner->as<MemberExpression>()->property->kind == NodeKind::PrivateName) {
                fail(start.start, "private fields cannot be deleted");
                return nullptr;
            }
        }
        auto* node = make<UnaryExpression>(start);
        node->op = *op;
        node->argument = argument;
        return finish(node);
    }
    if (at(TokenType::PlusPlus) || at(TokenType::MinusMinus)) {
        bool increment = at(TokenType::PlusPlus);
        advance();
        SourcePos operand_start = pos();
        Node* argument = PARSE_TRY(parse_unary(nullptr));
        if (!is_simple_assignment_target(argument, true)) {
            fail(operand_start.start, "invalid update expression operand");
            return nullptr;
        }
        auto* node = make<UpdateExpression>(start);
        node->op = increment ? UpdateOp::Increment : UpdateOp::Decrement;
        node->prefix = true;
        node->argument = argument;
        return finish(node);
    }
    if (at(TokenType::Identifier) && tok_.value == u"await" && (await_is_keyword() || in_class_static_block_))
        return parse_await(start);
    return parse_update(errors);
}

Node* Parser::parse_await(const SourcePos& start_token) {
    if (tok_.escaped) {
        fail_at_token("keyword must not contain escaped characters");
        return nullptr;
    }
    if (in_class_static_block_ && !await_is_keyword()) {
        fail_at_token("await is not allowed in class static blocks");
        return nullptr;
    }
    if (in_parameters_) {
        fail_at_token("await expressions are not allowed in formal parameters");
        return nullptr;
    }
    if (in_class_field_init_) {
        fail_at_token("await expressions are not allowed in class field initializers");
        return nullptr;
    }
    if (!await_expression_offset_) await_expression_offset_ = start_token.start;
    if (fn_->node == nullptr && is_module_) saw_top_level_await_ = true;
    advance();
    auto* node = make<AwaitExpression>(start_token);
    node->argument = PARSE_TRY(parse_unary(nullptr));
    if (node->argument == pending_arrow_) {
        fail(node->argument->start, "arrow function is not allowed here");
        return nullptr;
    }
    return finish(node);
}

Node* Parser::parse_update(CoverErrors* errors) {
    SourcePos start = pos();
    Node* argument = PARSE_TRY(parse_lhs(errors));
    if (argument == pending_arrow_) return argument;
    if ((at(TokenType::PlusPlus) || at(TokenType::MinusMinus)) && !tok_.newline_before) {
        if (errors && !check_cover_errors(*errors)) return nullptr;
        if (!is_simple_assignment_target(argument, true)) {
            fail(argument->start, "invalid update expression operand");
            return nullptr;
        }
        auto* node = make<UpdateExpression>(start);
        node->op = at(TokenType::PlusPlus) ? UpdateOp::Increment : UpdateOp::Decrement;
        node->prefix = false;
        node->argument = argument;
        advance();
        return finish(node);
    }
    return argument;
}

// ---------------------------------------------------------------------------------------------------------
// Left-hand-side expressions: member access, calls, new, super, import, optional chains

Node* Parser::parse_lhs(CoverErrors* errors) {
    SourcePos start = pos();
    Node* expression = nullptr;
    if (at(TokenType::New)) {
        expression = PARSE_TRY(parse_new_expression());
    } else if (at(TokenType::Super)) {
        expression = PARSE_TRY(parse_super());
    } else if (at(TokenType::Import)) {
        expression = PARSE_TRY(parse_import_expression());
    } else {
        expression = PARSE_TRY(parse_primary(errors, true));
        if (expression == pending_arrow_) return expression;
    }
    switch (tok_.type) {
    case TokenType::Dot:
    case TokenType::QuestionDot:
    case TokenType::LeftBracket:
    case TokenType::LeftParen:
    case TokenType::Template:
        if (errors && !check_cover_errors(*errors)) return nullptr;
        break;
    default:
        return expression;
    }
    return parse_call_tail(expression, start, true);
}

Node* Parser::parse_member_property(Node* object, const SourcePos& start_token, bool optional) {
    // After `.` or `?.`: IdentifierName or PrivateName.
    auto* node = make<MemberExpression>(start_token);
    node->object = object;
    node->optional = optional;
    if (at(TokenType::PrivateName)) {
        if (!reference_private_name(tok_.value, tok_.start)) return nullptr;
        auto* name = make<PrivateName>(tok_);
        name->name = tok_.value;
        name->end = tok_.end;
        node->property = name;
    } else if (is_identifier_name_token(tok_.type)) {
        node->property = make_identifier(tok_);
    } else {
        fail_unexpected();
        return nullptr;
    }
    advance();
    return finish(node);
}

Node* Parser::parse_call_tail(Node* expression, const SourcePos& start_token, bool allow_call) {
    bool in_optional_chain = false;
    ChainDepth chain(depth_);
    while (true) {
        if (error_ || !add_chain_link(chain)) return nullptr;
        if (at(TokenType::Dot)) {
            advance();
            expression = PARSE_TRY(parse_member_property(expression, start_token, false));
        } else if (at(TokenType::QuestionDot)) {
            if (!allow_call) {
                fail_at_token("optional chains are not allowed in new expressions");
                return nullptr;
            }
            in_optional_chain = true;
            advance();
            if (at(TokenType::LeftParen)) {
                auto* call = make<CallExpression>(start_token);
                call->callee = expression;
                call->optional = true;
                if (!parse_arguments(call->arguments)) return nullptr;
                expression = finish(call);
            } else if (at(TokenType::LeftBracket)) {
                advance();
                auto* member = make<MemberExpression>(start_token);
                member->object = expression;
                member->computed = true;
                member->optional = true;
                member->property = PARSE_TRY(parse_expression());
                if (!expect(TokenType::RightBracket)) return nullptr;
                expression = finish(member);
            } else if (at(TokenType::Template)) {
                fail_at_token("tagged templates are not allowed in optional chains");
                return nullptr;
            } else {
                expression = PARSE_TRY(parse_member_property(expression, start_token, true));
            }
        } else if (at(TokenType::LeftBracket)) {
            advance();
            auto* member = make<MemberExpression>(start_token);
            member->object = expression;
            member->computed = true;
            member->property = PARSE_TRY(parse_expression());
            if (!expect(TokenType::RightBracket)) return nullptr;
            expression = finish(member);
        } else if (at(TokenType::LeftParen) && allow_call) {
            auto* call = make<CallExpression>(start_token);
            call->callee = expression;
            // `(eval)(x)` is direct too: the parenthesized expression yields the same reference.
            call->is_direct_eval =
                expression->kind == NodeKind::Identifier && expression->as<Identifier>()->name == u"eval";
            if (!parse_arguments(call->arguments)) return nullptr;
            expression = finish(call);
        } else if (at(TokenType::Template)) {
            if (in_optional_chain) {
                fail_at_token("tagged templates are not allowed in optional chains");
                return nullptr;
            }
            expression = PARSE_TRY(parse_template(expression, start_token));
        } else {
            break;
        }
    }
    if (in_optional_chain) {
        auto* chain = make_at<OptionalChain>(expression);
        chain->expression = expression;
        expression = finish(chain);
    }
    return expression;
}

bool Parser::parse_arguments(std::vector<Node*>& arguments) {
    if (!expect(TokenType::LeftParen)) return false;
    while (!at(TokenType::RightParen)) {
        if (at(TokenType::Ellipsis)) {
            SourcePos spread_start = pos();
            advance();
            auto* spread = make<SpreadElement>(spread_start);
            spread->argument = parse_assignment(true);
            if (!spread->argument) return false;
            arguments.push_back(finish(spread));
        } else {
            Node* argument = parse_assignment(true);
            if (!argument) return false;
            arguments.push_back(argument);
        }
        if (!at(TokenType::RightParen) && !expect(TokenType::Comma)) return false;
    }
    advance();
    return !error_;
}

Node* Parser::parse_new_expression() {
    SourcePos start = pos();
    if (!enter_nesting()) return nullptr;
    NestingGuard guard(depth_);
    advance(); // new
    if (at(TokenType::Dot)) {
        advance();
        if (!at_contextual(u"target")) {
            fail_unexpected();
            return nullptr;
        }
        if (!fn_->allow_new_target) {
            fail(start.start, "new.target expression is not allowed here");
            return nullptr;
        }
        advance();
        return finish(make<NewTarget>(start));
    }
    SourcePos callee_start = pos();
    Node* callee = nullptr;
    if (at(TokenType::New)) {
        callee = PARSE_TRY(parse_new_expression());
    } else if (at(TokenType::Super)) {
        callee = PARSE_TRY(parse_super());
        if (callee->kind == NodeKind::SuperCall) {
            fail(callee->start, "unexpected super call");
            return nullptr;
        }
    } else if (at(TokenType::Import)) {
        Token next = peek_token();
        Token after = peek_token2();
        bool phase_call = next.type == TokenType::Dot && after.type == TokenType::Identifier &&
                          !after.escaped && (after.value == u"defer" || after.value == u"source");
        if (next.type == TokenType::LeftParen || phase_call) {
            fail_at_token("cannot use new with import()");
            return nullptr;
        }
        callee = PARSE_TRY(parse_import_expression());
    } else {
        callee = PARSE_TRY(parse_primary(nullptr, false));
        if (callee == pending_arrow_) {
            fail(callee->start, "arrow function is not allowed here");
            return nullptr;
        }
    }
    callee = PARSE_TRY(parse_call_tail(callee, callee_start, false));
    if (callee->kind == NodeKind::OptionalChain) {
        fail(callee->start, "optional chains are not allowed in new expressions");
        return nullptr;
    }
    auto* node = make<NewExpression>(start);
    node->callee = callee;
    if (at(TokenType::LeftParen) && !parse_arguments(node->arguments)) return nullptr;
    return finish(node);
}

Node* Parser::parse_super() {
    SourcePos start = pos();
    advance();
    if (at(TokenType::LeftParen)) {
        if (!fn_->allow_super_call) {
            fail(start.start, "'super' call is only valid in derived class constructors");
            return nullptr;
        }
        auto* node = make<SuperCall>(start);
        if (!parse_arguments(node->arguments)) return nullptr;
        return finish(node);
    }
    if (!fn_->allow_super_property) {
        fail(start.start, "'super' keyword unexpected here");
        return nullptr;
    }
    auto* node = make<SuperMember>(start);
    if (eat(TokenType::Dot)) {
        if (!is_identifier_name_token(tok_.type)) {
            fail_unexpected();
            return nullptr;
        }
        node->property = make_identifier(tok_);
        advance();
    } else if (eat(TokenType::LeftBracket)) {
        node->computed = true;
        node->property = PARSE_TRY(parse_expression());
        if (!expect(TokenType::RightBracket)) return nullptr;
    } else {
        fail(start.start, "'super' keyword unexpected here");
        return nullptr;
    }
    return finish(node);
}

Node* Parser::parse_import_expression() {
    SourcePos start = pos();
    advance(); // import
    ImportPhase phase = ImportPhase::Evaluation;
    if (eat(TokenType::Dot)) {
        if (at_contextual(u"defer") || at_contextual(u"source")) {
            // import.defer(...) / import.source(...)
            phase = at_contextual(u"defer") ? ImportPhase::Defer : ImportPhase::Source;
            advance();
        } else {
            if (!at_contextual(u"meta")) {
                fail_unexpected();
                return nullptr;
            }
            if (!is_module_) {
                fail(start.start, "import.meta is only valid in module code");
                return nullptr;
            }
            advance();
            return finish(make<ImportMeta>(start));
        }
    }
    if (!at(TokenType::LeftParen)) {
        fail_unexpected();
        return nullptr;
    }
    advance();
    auto* node = make<ImportCall>(start);
    node->phase = phase;
    node->source = PARSE_TRY(parse_assignment(true));
    if (eat(TokenType::Comma) && !at(TokenType::RightParen)) {
        node->options = PARSE_TRY(parse_assignment(true));
        eat(TokenType::Comma);
    }
    if (!expect(TokenType::RightParen)) return nullptr;
    return finish(node);
}

// ---------------------------------------------------------------------------------------------------------
// Primary expressions

Node* Parser::parse_identifier_reference() {
    Token token = tok_;
    if (!check_identifier(token, false)) return nullptr;
    Node* id = make_identifier(token);
    advance();
    return id;
}

Node* Parser::parse_primary(CoverErrors* errors, bool allow_async_arrow) {
    SourcePos start = pos();
    switch (tok_.type) {
    case TokenType::This:
        advance();
        return finish(make<ThisExpression>(start));
    case TokenType::Null:
        advance();
        return finish(make<NullLiteral>(start));
    case TokenType::True:
    case TokenType::False: {
        auto* node = make<BooleanLiteral>(start);
        node->value = at(TokenType::True);
        advance();
        return finish(node);
    }
    case TokenType::NumericLiteral: {
        if (strict_ && tok_.legacy_octal_offset) {
            fail_at_token("legacy octal literals are not allowed in strict mode");
            return nullptr;
        }
        auto* node = make<NumericLiteral>(start);
        node->value = tok_.number;
        advance();
        return finish(node);
    }
    case TokenType::BigIntLiteral: {
        auto* node = make<BigIntLiteral>(start);
        node->digits = tok_.bigint_digits;
        advance();
        return finish(node);
    }
    case TokenType::StringLiteral: {
        if (strict_ && tok_.legacy_octal_offset) {
            fail(*tok_.legacy_octal_offset, "octal escape sequences are not allowed in strict mode");
            return nullptr;
        }
        auto* node = make<StringLiteral>(start);
        node->value = tok_.value;
        advance();
        return finish(node);
    }
    case TokenType::Template:
        return parse_template(nullptr, start);
    case TokenType::Slash:
    case TokenType::SlashAssign:
        return parse_regexp();
    case TokenType::LeftBracket:
        return parse_array_literal(errors);
    case TokenType::LeftBrace:
        return parse_object_literal(errors);
    case TokenType::LeftParen:
        return parse_paren_or_arrow_params();
    case TokenType::Function:
        return parse_function(NodeKind::FunctionExpression, start, {}, false);
    case TokenType::Class:
        return parse_class(NodeKind::ClassExpression, start, false);
    case TokenType::Identifier:
        return parse_primary_identifier(allow_async_arrow);
    case TokenType::EscapedKeyword:
        fail_at_token("keyword must not contain escaped characters");
        return nullptr;
    default:
        fail_unexpected();
        return nullptr;
    }
}

// An identifier in expression position: a reference, a single-parameter arrow function, or one of the
// async forms (async function expression, async arrow function, async(...) call).
Node* Parser::parse_primary_identifier(bool allow_async_arrow) {
    SourcePos start = pos();
    if (!tok_.escaped && tok_.value == u"async") {
        Token next = peek_token();
        if (next.type == TokenType::Function && !next.newline_before) {
            advance();
            return parse_function(NodeKind::FunctionExpression, start, {true, false}, false);
        }
        if (allow_async_arrow && next.type == TokenType::Identifier && !next.newline_before &&
            peek_token2().type == TokenType::Arrow) {
            // async x => ...
            advance();
            Token param_token = tok_;
            bool saved_await = await_keyword_;
            await_keyword_ = true;
            bool ok = check_identifier(param_token, true);
            await_keyword_ = saved_await;
            if (!ok) return nullptr;
            Node* param = make_identifier(param_token);
            advance();
            if (!at(TokenType::Arrow) || tok_.newline_before) {
                fail_unexpected();
                return nullptr;
            }
            return parse_arrow_function(start, {param}, true);
        }
        if (allow_async_arrow && next.type == TokenType::LeftParen && !next.newline_before)
            return parse_async_call_or_arrow(start);
    }
    Token next = peek_token();
    if (next.type == TokenType::Arrow && !next.newline_before) {
        if (!check_identifier(tok_, true)) return nullptr;
        Node* param = make_identifier(tok_);
        advance();
        return parse_arrow_function(start, {param}, false);
    }
    return parse_identifier_reference();
}

Node* Parser::parse_regexp() {
    tok_ = lexer_.rescan_regexp(tok_);
    if (tok_.type == TokenType::Invalid) {
        fail(lexer_.error_offset(), lexer_.error());
        return nullptr;
    }
    const std::u16string& flags = tok_.raw;
    std::u16string_view allowed = u"dgimsuvy";
    bool seen[8] = {};
    for (char16_t f : flags) {
        auto index = allowed.find(f);
        if (index == std::u16string_view::npos || seen[index]) {
            fail_at_token("invalid regular expression flags");
            return nullptr;
        }
        seen[index] = true;
    }
    if (seen[allowed.find(u'u')] && seen[allowed.find(u'v')]) {
        fail_at_token("invalid regular expression flags");
        return nullptr;
    }
    if (options_.validate_regexp) {
        if (auto message = options_.validate_regexp(tok_.value, flags)) {
            fail_at_token("invalid regular expression: " + *message);
            return nullptr;
        }
    }
    auto* node = make<RegExpLiteral>(tok_);
    node->pattern = tok_.value;
    node->flags = flags;
    advance();
    return finish(node);
}

Node* Parser::parse_template(Node* tag, const SourcePos& start_token) {
    auto* literal = make<TemplateLiteral>(tok_);
    while (true) {
        if (!at(TokenType::Template)) {
            fail_unexpected();
            return nullptr;
        }
        if (tok_.template_invalid_escape && !tag) {
            fail(tok_.template_error_offset, tok_.template_error);
            return nullptr;
        }
        TemplateElement element;
        if (!tok_.template_invalid_escape) element.cooked = tok_.value;
        element.raw = tok_.raw;
        literal->quasis.push_back(std::move(element));
        bool tail = tok_.template_tail;
        advance();
        if (tail) break;
        literal->expressions.push_back(PARSE_TRY(parse_expression()));
        if (!at(TokenType::RightBrace)) {
            fail_unexpected();
            return nullptr;
        }
        tok_ = lexer_.rescan_template_continuation(tok_);
        if (tok_.type == TokenType::Invalid) {
            fail(lexer_.error_offset(), lexer_.error());
            return nullptr;
        }
    }
    if (error_) return nullptr;
    finish(literal);
    if (!tag) return literal;
    auto* node = make<TaggedTemplate>(start_token);
    node->tag = tag;
    node->quasi = literal;
    return finish(node);
}

Node* Parser::parse_array_literal(CoverErrors* errors) {
    SourcePos start = pos();
    if (!enter_nesting()) return nullptr;
    NestingGuard guard(depth_);
    CoverErrors local;
    CoverErrors* errs = errors ? errors : &local;
    advance();
    auto* node = make<ArrayExpression>(start);
    while (!at(TokenType::RightBracket)) {
        if (error_) return nullptr;
        if (at(TokenType::Comma)) {
            advance();
            node->elements.push_back(nullptr);
            continue;
        }
        if (at(TokenType::Ellipsis)) {
            SourcePos spread_start = pos();
            advance();
            auto* spread = make<SpreadElement>(spread_start);
            spread->argument = PARSE_TRY(parse_assignment(true, errs));
            node->elements.push_back(finish(spread));
            if (at(TokenType::Comma)) rest_followed_by_comma_.insert(spread);
        } else {
            node->elements.push_back(PARSE_TRY(parse_assignment(true, errs)));
        }
        if (!at(TokenType::RightBracket) && !expect(TokenType::Comma)) return nullptr;
    }
    advance();
    if (!errors && !check_cover_errors(local)) return nullptr;
    return finish(node);
}

Node* Parser::parse_property_name(bool& computed, bool allow_private) {
    computed = false;
    Token token = tok_;
    switch (tok_.type) {
    case TokenType::StringLiteral: {
        if (strict_ && tok_.legacy_octal_offset) {
            fail(*tok_.legacy_octal_offset, "octal escape sequences are not allowed in strict mode");
            return nullptr;
        }
        auto* node = make<StringLiteral>(token);
        node->value = tok_.value;
        advance();
        return finish(node);
    }
    case TokenType::NumericLiteral: {
        if (strict_ && tok_.legacy_octal_offset) {
            fail_at_token("legacy octal literals are not allowed in strict mode");
            return nullptr;
        }
        auto* node = make<NumericLiteral>(token);
        node->value = tok_.number;
        advance();
        return finish(node);
    }
    case TokenType::BigIntLiteral: {
        auto* node = make<BigIntLiteral>(token);
        node->digits = tok_.bigint_digits;
        advance();
        return finish(node);
    }
    case TokenType::LeftBracket: {
        computed = true;
        advance();
        Node* key = PARSE_TRY(parse_assignment(true));
        if (!expect(TokenType::RightBracket)) return nullptr;
        return key;
    }
    case TokenType::PrivateName: {
        if (!allow_private) {
            fail_unexpected();
            return nullptr;
        }
        auto* node = make<PrivateName>(token);
        node->name = tok_.value;
        advance();
        return finish(node);
    }
    default:
        if (is_identifier_name_token(tok_.type)) {
            Node* id = make_identifier(token);
            advance();
            return id;
        }
        fail_unexpected();
        return nullptr;
    }
}

Node* Parser::parse_object_literal(CoverErrors* errors) {
    SourcePos start = pos();
    if (!enter_nesting()) return nullptr;
    NestingGuard guard(depth_);
    CoverErrors local;
    CoverErrors* errs = errors ? errors : &local;
    advance();
    auto* node = make<ObjectExpression>(start);
    bool has_proto = false;
    while (!at(TokenType::RightBrace)) {
        if (error_) return nullptr;
        SourcePos property_start = pos();
        if (at(TokenType::Ellipsis)) {
            advance();
            auto* spread = make<SpreadElement>(property_start);
            spread->argument = PARSE_TRY(parse_assignment(true, errs));
            node->properties.push_back(finish(spread));
            if (at(TokenType::Comma)) rest_followed_by_comma_.insert(spread);
        } else {
            FunctionHeader header;
            bool is_getter = false;
            bool is_setter = false;
            auto next_is_name = [&]() {
                Token next = peek_token();
                return next.type != TokenType::LeftParen && next.type != TokenType::Colon &&
                       next.type != TokenType::Comma && next.type != TokenType::RightBrace &&
                       next.type != TokenType::Assign;
            };
            if (at_contextual(u"async") && next_is_name() && !peek_token().newline_before) {
                header.is_async = true;
                advance();
                if (eat(TokenType::Star)) header.is_generator = true;
            } else if (at(TokenType::Star)) {
                header.is_generator = true;
                advance();
            } else if ((at_contextual(u"get") || at_contextual(u"set")) && next_is_name()) {
                is_getter = at_contextual(u"get");
                is_setter = !is_getter;
                advance();
            }
            Token key_token = tok_;
            bool computed = false;
            Node* key = PARSE_TRY(parse_property_name(computed, false));
            auto* property = make<Property>(property_start);
            property->key = key;
            property->computed = computed;
            if (header.is_async || header.is_generator || is_getter || is_setter ||
                at(TokenType::LeftParen)) {
                property->property_kind = is_getter   ? PropertyKind::Get
                                          : is_setter ? PropertyKind::Set
                                                      : PropertyKind::Method;
                property->value = PARSE_TRY(parse_method(property_start, nullptr, header, is_getter,
                                                         is_setter, false, false, property_start.start));
            } else if (eat(TokenType::Colon)) {
                property->value = PARSE_TRY(parse_assignment(true, errs));
                bool is_proto =
                    !computed &&
                    ((key->kind == NodeKind::Identifier && key->as<Identifier>()->name == u"__proto__") ||
                     (key->kind == NodeKind::StringLiteral &&
                      key->as<StringLiteral>()->value == u"__proto__"));
                if (is_proto) {
                    property->is_proto_setter = true;
                    if (has_proto && !errs->duplicate_proto) errs->duplicate_proto = key_token.start;
                    has_proto = true;
                }
            } else {
                // Shorthand: `x` or `x = init` (CoverInitializedName).
                if (key_token.type != TokenType::Identifier || computed) {
                    if (key_token.type == TokenType::EscapedKeyword)
                        fail(key_token.start, "keyword must not contain escaped characters");
                    else
                        fail(key_token.start, "unexpected token in object literal");
                    return nullptr;
                }
                if (!check_identifier(key_token, false)) return nullptr;
                property->shorthand = true;
                Node* value = make_identifier(key_token);
                if (at(TokenType::Assign)) {
                    if (!errs->shorthand_init) errs->shorthand_init = tok_.start;
                    advance();
                    auto* assign = make_at<AssignmentExpression>(value);
                    assign->target = value;
                    assign->value = PARSE_TRY(parse_assignment(true));
                    value = finish(assign);
                }
                property->value = value;
            }
            node->properties.push_back(finish(property));
        }
        if (!at(TokenType::RightBrace) && !expect(TokenType::Comma)) return nullptr;
    }
    advance();
    if (!errors && !check_cover_errors(local)) return nullptr;
    return finish(node);
}

// ( Expression ) or the parameters of an arrow function.
Node* Parser::parse_paren_or_arrow_params() {
    SourcePos start = pos();
    if (!enter_nesting()) return nullptr;
    NestingGuard guard(depth_);
    auto saved_yield = yield_expression_offset_;
    auto saved_await = await_expression_offset_;
    auto saved_await_id = await_identifier_offset_;
    yield_expression_offset_.reset();
    await_expression_offset_.reset();
    await_identifier_offset_.reset();
    auto restore_offsets = [&] {
        if (saved_yield) yield_expression_offset_ = saved_yield;
        if (saved_await) await_expression_offset_ = saved_await;
        if (saved_await_id) await_identifier_offset_ = saved_await_id;
    };
    advance();
    CoverErrors cover;
    std::vector<Node*> elements;
    Node* rest = nullptr;
    std::uint32_t must_be_arrow_offset = 0;
    bool must_be_arrow = false;
    if (at(TokenType::RightParen)) {
        must_be_arrow = true;
        must_be_arrow_offset = tok_.start;
    }
    while (!at(TokenType::RightParen)) {
        if (error_) return nullptr;
        if (at(TokenType::Ellipsis)) {
            SourcePos rest_start = pos();
            advance();
            auto* rest_node = make<RestElement>(rest_start);
            rest_node->target = PARSE_TRY(parse_binding_target());
            rest = finish(rest_node);
            must_be_arrow = true;
            must_be_arrow_offset = rest_start.start;
            if (!at(TokenType::RightParen)) {
                fail_at_token("rest parameter must be last");
                return nullptr;
            }
            break;
        }
        elements.push_back(PARSE_TRY(parse_assignment(true, &cover)));
        if (at(TokenType::Comma)) {
            SourcePos comma = pos();
            advance();
            if (at(TokenType::RightParen)) {
                must_be_arrow = true;
                must_be_arrow_offset = comma.start;
            }
        } else if (!at(TokenType::RightParen)) {
            fail_unexpected();
            return nullptr;
        }
    }
    advance(); // ')'
    if (at(TokenType::Arrow) && !tok_.newline_before) {
        std::vector<Node*> params;
        for (Node* element : elements)
            params.push_back(PARSE_TRY(to_binding_pattern(element)));
        if (rest) params.push_back(rest);
        if (yield_expression_offset_) {
            fail(*yield_expression_offset_, "yield expressions are not allowed in arrow parameters");
            return nullptr;
        }
        if (await_expression_offset_) {
            fail(*await_expression_offset_, "await expressions are not allowed in arrow parameters");
            return nullptr;
        }
        restore_offsets();
        return parse_arrow_function(start, std::move(params), false);
    }
    if (must_be_arrow) {
        if (at(TokenType::Arrow))
            fail_unexpected();
        else
            fail(must_be_arrow_offset, "unexpected token");
        return nullptr;
    }
    if (!check_cover_errors(cover)) return nullptr;
    restore_offsets();
    Node* expression = nullptr;
    if (elements.size() == 1) {
        expression = elements[0];
    } else {
        auto* sequence = make_at<SequenceExpression>(elements[0]);
        sequence->expressions = std::move(elements);
        sequence->end = sequence->expressions.back()->end;
        expression = sequence;
    }
    expression->parenthesized = true;
    return expression;
}

// async ( ... ) — a call, or the head of an async arrow function.
Node* Parser::parse_async_call_or_arrow(const SourcePos& start) {
    Node* callee = make_identifier(tok_);
    if (!check_identifier(tok_, false)) return nullptr;
    advance(); // async
    auto saved_yield = yield_expression_offset_;
    auto saved_await = await_expression_offset_;
    auto saved_await_id = await_identifier_offset_;
    yield_expression_offset_.reset();
    await_expression_offset_.reset();
    await_identifier_offset_.reset();
    auto restore_offsets = [&] {
        if (saved_yield) yield_expression_offset_ = saved_yield;
        if (saved_await) await_expression_offset_ = saved_await;
        if (saved_await_id) await_identifier_offset_ = saved_await_id;
    };
    advance(); // (
    CoverErrors cover;
    std::vector<Node*> arguments;
    bool rest_not_last = false;
    while (!at(TokenType::RightParen)) {
        if (error_) return nullptr;
        if (at(TokenType::Ellipsis)) {
            SourcePos spread_start = pos();
            advance();
            auto* spread = make<SpreadElement>(spread_start);
            spread->argument = PARSE_TRY(parse_assignment(true, &cover));
            arguments.push_back(finish(spread));
            if (at(TokenType::Comma)) rest_not_last = true;
        } else {
            arguments.push_back(PARSE_TRY(parse_assignment(true, &cover)));
        }
        if (!at(TokenType::RightParen) && !expect(TokenType::Comma)) return nullptr;
    }
    advance(); // )
    if (at(TokenType::Arrow) && !tok_.newline_before) {
        if (rest_not_last) {
            fail(start.start, "rest parameter must be last");
            return nullptr;
        }
        if (yield_expression_offset_) {
            fail(*yield_expression_offset_, "yield expressions are not allowed in arrow parameters");
            return nullptr;
        }
        if (await_expression_offset_ || await_identifier_offset_) {
            fail(await_expression_offset_ ? *await_expression_offset_ : *await_identifier_offset_,
                 "await is not allowed in async arrow parameters");
            return nullptr;
        }
        std::vector<Node*> params;
        for (Node* argument : arguments) {
            if (argument->kind == NodeKind::SpreadElement) {
                auto* rest = make_at<RestElement>(argument);
                Node* target = argument->as<SpreadElement>()->argument;
                if (target->kind == NodeKind::AssignmentExpression) {
                    fail(target->start, "rest parameter may not have a default initializer");
                    return nullptr;
                }
                rest->target = PARSE_TRY(to_binding_pattern(target));
                rest->end = argument->end;
                params.push_back(rest);
            } else {
                params.push_back(PARSE_TRY(to_binding_pattern(argument)));
            }
        }
        restore_offsets();
        return parse_arrow_function(start, std::move(params), true);
    }
    if (!check_cover_errors(cover)) return nullptr;
    restore_offsets();
    auto* call = make<CallExpression>(start);
    call->callee = callee;
    call->arguments = std::move(arguments);
    return finish(call);
}

} // namespace yjs
