//! Property tests: printing round-trips, evaluation and parsing never panic.

use super::*;
use chrono::NaiveDate;
use proptest::prelude::*;
use std::collections::HashMap;

const FUNCTIONS: &[(&str, usize)] = &[
    ("not", 1),
    ("selected", 2),
    ("count-selected", 1),
    ("today", 0),
    ("string-length", 1),
    ("regex", 2),
    ("substr", 2),
    ("substr", 3),
    ("if", 3),
    ("coalesce", 2),
    ("concat", 1),
    ("concat", 4),
    ("number", 1),
    ("int", 1),
    ("string", 1),
    ("date", 1),
    ("true", 0),
    ("false", 0),
];

const OPS: &[BinOp] = &[
    BinOp::Or,
    BinOp::And,
    BinOp::Eq,
    BinOp::Ne,
    BinOp::Lt,
    BinOp::Le,
    BinOp::Gt,
    BinOp::Ge,
    BinOp::Add,
    BinOp::Sub,
    BinOp::Mul,
    BinOp::Div,
    BinOp::Mod,
];

fn node(kind: ExprKind) -> Expr {
    Expr {
        span: Span::default(),
        kind,
    }
}

fn field_id() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec!["A", "B", "C", "D", "E", "F"]).prop_map(String::from),
        "[A-Za-z_][A-Za-z0-9_]{0,6}",
    ]
}

fn number() -> impl Strategy<Value = f64> {
    prop_oneof![
        (0u32..1000).prop_map(f64::from),
        (0u32..100_000, 1u32..1000).prop_map(|(a, b)| f64::from(a) / f64::from(b)),
        prop::num::f64::POSITIVE | prop::num::f64::ZERO | prop::num::f64::SUBNORMAL,
    ]
    .prop_filter("finite, non-negative", |n| n.is_finite() && *n >= 0.0)
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-Z0-9 _'.()$-]{0,8}",
        "[a-zA-Z0-9 _\".(){}$-]{0,8}",
        Just("2024-01-31".to_string()),
        Just("^[A-Z]{2}$".to_string()),
        Just("(".to_string()),
        Just("12.5".to_string()),
    ]
}

fn leaf() -> impl Strategy<Value = Expr> {
    prop_oneof![
        number().prop_map(|n| node(ExprKind::Number(n))),
        text().prop_map(|t| node(ExprKind::Text(t))),
        field_id().prop_map(|id| node(ExprKind::Field(id))),
        Just(node(ExprKind::Current)),
        Just(node(ExprKind::Call("today".into(), vec![]))),
    ]
}

fn tree() -> impl Strategy<Value = Expr> {
    leaf().prop_recursive(6, 48, 4, |inner| {
        let reference = prop_oneof![
            field_id().prop_map(|id| node(ExprKind::Field(id))),
            Just(node(ExprKind::Current)),
        ];
        prop_oneof![
            1 => inner.clone().prop_map(|e| node(ExprKind::Neg(Box::new(e)))),
            5 => (prop::sample::select(OPS), inner.clone(), inner.clone())
                .prop_map(|(op, l, r)| node(ExprKind::Binary(op, Box::new(l), Box::new(r)))),
            3 => (prop::sample::select(FUNCTIONS), prop::collection::vec(inner, 4)).prop_map(
                |((name, n), mut args)| {
                    args.truncate(n);
                    node(ExprKind::Call(name.into(), args))
                }
            ),
            1 => (reference, text()).prop_map(|(r, p)| node(ExprKind::Call(
                "choice-property".into(),
                vec![r, node(ExprKind::Text(p))]
            ))),
        ]
    })
}

fn date() -> impl Strategy<Value = NaiveDate> {
    prop_oneof![
        Just(NaiveDate::MIN),
        Just(NaiveDate::MAX),
        (-1_000_000i32..1_000_000)
            .prop_map(|d| NaiveDate::from_num_days_from_ce_opt(730_000 + d).unwrap_or_default()),
    ]
}

fn value() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<f64>().prop_map(Value::Number),
        prop::sample::select(vec![
            0.0,
            -1.0,
            1e300,
            -1e300,
            1e18,
            f64::NAN,
            f64::INFINITY
        ])
        .prop_map(Value::Number),
        text().prop_map(Value::Text),
        any::<String>().prop_map(Value::Text),
        date().prop_map(Value::Date),
        prop::collection::vec(text(), 0..3).prop_map(Value::List),
    ]
}

#[derive(Debug)]
struct RandomEnv {
    fields: HashMap<String, Value>,
    current: Value,
    today: NaiveDate,
    property: Option<String>,
}

impl Env for RandomEnv {
    fn field(&self, id: &str) -> Value {
        self.fields.get(id).cloned().unwrap_or(Value::Null)
    }
    fn current(&self) -> Value {
        self.current.clone()
    }
    fn today(&self) -> NaiveDate {
        self.today
    }
    fn choice_property(&self, _: &str, _: &str, _: &str) -> Option<String> {
        self.property.clone()
    }
}

fn env() -> impl Strategy<Value = RandomEnv> {
    (
        prop::collection::vec(value(), 6),
        value(),
        date(),
        prop::option::of(text()),
    )
        .prop_map(|(vals, current, today, property)| RandomEnv {
            fields: ["A", "B", "C", "D", "E", "F"]
                .iter()
                .map(|s| s.to_string())
                .zip(vals)
                .collect(),
            current,
            today,
            property,
        })
}

const TOKENS: &[&str] = &[
    "${A}",
    "${",
    "}",
    "$",
    ".",
    ".5",
    "12",
    "3.5",
    "'x'",
    "\"y\"",
    "'",
    "\"",
    "(",
    ")",
    ",",
    "=",
    "!=",
    "!",
    "<",
    "<=",
    ">",
    ">=",
    "+",
    "-",
    "*",
    "div",
    "mod",
    "and",
    "or",
    "not",
    "selected",
    "count-selected",
    "today",
    "regex",
    "substr",
    "choice-property",
    "if",
    " ",
    "é",
    "\u{0}",
    "9999999999999999999999",
];

struct NoSchema;

impl Schema for NoSchema {
    fn field_type(&self, _: &str) -> Option<Type> {
        Some(Type::Any)
    }
    fn current_type(&self) -> Option<Type> {
        Some(Type::Any)
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn printing_round_trips(e in tree()) {
        let src = e.to_string();
        let back = parse(&src);
        prop_assert!(back.is_ok(), "{src}: {:?}", back);
        let back = back.unwrap_or_else(|_| unreachable!());
        prop_assert!(e.same_tree(&back), "{src} reparsed as {back}");
        // The span of the root covers the whole source.
        prop_assert_eq!(back.span, Span::new(0, src.len()));
        prop_assert_eq!(back.to_string(), src);
    }

    #[test]
    fn eval_and_check_never_panic(e in tree(), env in env()) {
        let _ = eval(&e, &env);
        let _ = check(&e, &NoSchema);
        let _ = serde_json::to_string(&e);
    }

    #[test]
    fn parse_never_panics_on_strings(s in any::<String>()) {
        let _ = parse(&s);
    }

    #[test]
    fn parse_never_panics_on_token_soup(toks in prop::collection::vec(prop::sample::select(TOKENS), 0..30)) {
        let src = toks.concat();
        if let Ok(e) = parse(&src) {
            // Whatever parses prints to something that parses the same.
            let printed = e.to_string();
            let back = parse(&printed);
            prop_assert!(back.as_ref().is_ok_and(|b| b.same_tree(&e)), "{src} -> {printed}");
        }
        let spaced = toks.join(" ");
        let _ = parse(&spaced);
    }
}
