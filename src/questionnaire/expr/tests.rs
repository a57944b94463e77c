//! Unit tests: parsing, printing, checking and evaluating.

use super::*;
use chrono::NaiveDate;
use std::collections::HashMap;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

#[derive(Default)]
struct TestEnv {
    fields: HashMap<String, Value>,
    current: Value,
    today: Option<NaiveDate>,
}

impl TestEnv {
    fn with(mut self, id: &str, v: Value) -> Self {
        self.fields.insert(id.into(), v);
        self
    }
    fn cur(mut self, v: Value) -> Self {
        self.current = v;
        self
    }
}

impl Env for TestEnv {
    fn field(&self, id: &str) -> Value {
        self.fields.get(id).cloned().unwrap_or(Value::Null)
    }
    fn current(&self) -> Value {
        self.current.clone()
    }
    fn today(&self) -> NaiveDate {
        self.today.unwrap_or_else(|| d("2024-06-15"))
    }
    fn choice_property(&self, field: &str, choice: &str, prop: &str) -> Option<String> {
        match (field, choice, prop) {
            ("A1", "FRA", "alpha2") => Some("FR".into()),
            (".", "DEU", "alpha2") => Some("DE".into()),
            _ => None,
        }
    }
}

struct TestSchema {
    current: Option<Type>,
}

impl Schema for TestSchema {
    fn field_type(&self, id: &str) -> Option<Type> {
        Some(match id {
            "B1" | "A1" | "G1" => Type::Text,
            "B2" | "D1" | "A6" | "X" => Type::Number,
            "C1" => Type::List,
            "DT" => Type::Date,
            "OK" => Type::Bool,
            "U" => Type::Any,
            _ => return None,
        })
    }
    fn current_type(&self) -> Option<Type> {
        self.current
    }
    fn has_choice_property(&self, field: &str, prop: &str) -> bool {
        prop == "alpha2" && (field == "A1" || field == ".")
    }
}

fn ev_in(src: &str, env: &TestEnv) -> Value {
    eval(&parse(src).unwrap_or_else(|e| panic!("{src}: {e}")), env)
}

fn ev(src: &str) -> Value {
    ev_in(src, &TestEnv::default())
}

fn n(x: f64) -> Value {
    Value::Number(x)
}
fn t(s: &str) -> Value {
    Value::Text(s.into())
}
fn list(xs: &[&str]) -> Value {
    Value::List(xs.iter().map(|s| s.to_string()).collect())
}
const T: Value = Value::Bool(true);
const F: Value = Value::Bool(false);

fn perr(src: &str) -> ExprError {
    match parse(src) {
        Ok(e) => panic!("{src} parsed as {e}"),
        Err(e) => e,
    }
}

fn check_with(src: &str, current: Option<Type>) -> Result<Type, Vec<ExprError>> {
    check(&parse(src).unwrap(), &TestSchema { current })
}

fn ck(src: &str) -> Result<Type, Vec<ExprError>> {
    check_with(src, Some(Type::Number))
}

/// The single checker error of `src`, with the source text it points at.
fn ck_err(src: &str, current: Option<Type>) -> (String, String) {
    let errs = check_with(src, current).expect_err(src);
    assert_eq!(errs.len(), 1, "{src}: {errs:?}");
    let e = &errs[0];
    (src[e.span.start..e.span.end].to_string(), e.message.clone())
}

// ---------------------------------------------------------------- examples

#[test]
fn brief_examples_parse_check_and_evaluate() {
    let env = TestEnv::default()
        .with("B1", t("yes"))
        .with("B2", n(3.0))
        .with("C1", list(&["tsunami", "flood"]))
        .with("D1", n(2.0))
        .with("G1", t("x"))
        .with("A1", t("FRA"))
        .with("A6", n(4.0))
        .with("X", n(7.0));
    let cases: &[(&str, Type, Value, Value)] = &[
        ("${B1} = 'yes'", Type::Number, n(0.0), T),
        (". >= ${B2}", Type::Number, n(5.0), T),
        (". <= today()", Type::Date, Value::Date(d("2024-01-01")), T),
        ("selected(${C1}, 'tsunami')", Type::Number, Value::Null, T),
        ("count-selected(${C1}) > 0", Type::Number, Value::Null, T),
        ("${D1} > 0", Type::Number, Value::Null, T),
        ("${G1} != ''", Type::Number, Value::Null, T),
        (
            "not(selected(., 'none')) or count-selected(.) = 1",
            Type::List,
            list(&["none"]),
            T,
        ),
        (
            "today() - . <= 548",
            Type::Date,
            Value::Date(d("2023-06-15")),
            T,
        ),
        (
            "regex(., '^[A-Z]{2}[A-Z2-9]{3}$')",
            Type::Text,
            t("FRLEH"),
            T,
        ),
        (
            "substr(., 0, 2) = choice-property(${A1}, 'alpha2')",
            Type::Text,
            t("FRA"),
            T,
        ),
        ("string-length(.) <= 200", Type::Text, t("abc"), T),
        ("${A6} * 2 + 1", Type::Number, Value::Null, n(9.0)),
        ("${X} div 2", Type::Number, Value::Null, n(3.5)),
        ("${X} mod 3", Type::Number, Value::Null, n(1.0)),
        ("-${X}", Type::Number, Value::Null, n(-7.0)),
        ("(${X} + 1) * 2", Type::Number, Value::Null, n(16.0)),
    ];
    for (src, cur, value, expected) in cases {
        let e = parse(src).unwrap_or_else(|e| panic!("{src}: {e}"));
        let ty = check(
            &e,
            &TestSchema {
                current: Some(*cur),
            },
        );
        assert!(ty.is_ok(), "{src}: {ty:?}");
        let env = TestEnv {
            fields: env.fields.clone(),
            current: value.clone(),
            today: None,
        };
        assert_eq!(&eval(&e, &env), expected, "{src}");
        let again = parse(&e.to_string()).unwrap();
        assert!(e.same_tree(&again), "{src} printed as {e}");
    }
}

#[test]
fn example_types() {
    assert_eq!(ck("${A6} * 2 + 1"), Ok(Type::Number));
    assert_eq!(ck("${B1} = 'yes'"), Ok(Type::Bool));
    assert_eq!(
        check_with("today() - .", Some(Type::Date)),
        Ok(Type::Number)
    );
    assert_eq!(check_with(". + 3", Some(Type::Date)), Ok(Type::Date));
    assert_eq!(check_with(". - 3", Some(Type::Date)), Ok(Type::Date));
    assert_eq!(check_with("3 + .", Some(Type::Date)), Ok(Type::Date));
    assert_eq!(ck("substr(${B1}, 1)"), Ok(Type::Text));
    assert_eq!(ck("if(${OK}, ${D1}, '')"), Ok(Type::Number));
    assert_eq!(ck("coalesce(${D1}, ${B1})"), Ok(Type::Any));
    assert_eq!(ck("coalesce(${D1}, 1)"), Ok(Type::Number));
    assert_eq!(ck("concat(${D1}, 'x', .)"), Ok(Type::Text));
    assert_eq!(ck("date('2024-01-01')"), Ok(Type::Date));
    assert_eq!(ck("true() and false()"), Ok(Type::Bool));
    assert_eq!(ck("${U} + 1"), Ok(Type::Any));
    assert_eq!(ck("${U} * 1"), Ok(Type::Number));
}

// ---------------------------------------------------------------- parsing

#[test]
fn precedence_and_associativity() {
    let cases = [
        ("1 + 2 * 3", "1 + 2 * 3", 7.0),
        ("(1 + 2) * 3", "(1 + 2) * 3", 9.0),
        ("10 - 4 - 3", "10 - 4 - 3", 3.0),
        ("10 - (4 - 3)", "10 - (4 - 3)", 9.0),
        ("2 * 3 mod 4", "2 * 3 mod 4", 2.0),
        ("2 * (3 mod 4)", "2 * (3 mod 4)", 6.0),
        ("12 div 2 div 3", "12 div 2 div 3", 2.0),
        ("-2 * 3", "-2 * 3", -6.0),
        ("-(2 + 3)", "-(2 + 3)", -5.0),
        ("- -4", "--4", 4.0),
        ("1 - -4", "1 - -4", 5.0),
        ("((((1))))", "1", 1.0),
    ];
    for (src, printed, value) in cases {
        let e = parse(src).unwrap();
        assert_eq!(e.to_string(), printed, "{src}");
        assert_eq!(eval(&e, &TestEnv::default()), n(value), "{src}");
    }
    // or < and < equality < relational < additive.
    let e = parse("1 = 1 or 1 = 2 and 1 < 0").unwrap();
    assert_eq!(e.to_string(), "1 = 1 or 1 = 2 and 1 < 0");
    let ExprKind::Binary(BinOp::Or, _, r) = &e.kind else {
        panic!("{e:?}")
    };
    assert!(matches!(r.kind, ExprKind::Binary(BinOp::And, _, _)));
    let e = parse("1 < 2 = 2 > 1").unwrap();
    assert!(matches!(e.kind, ExprKind::Binary(BinOp::Eq, _, _)));
    let e = parse("1 + 2 < 4").unwrap();
    assert!(matches!(e.kind, ExprKind::Binary(BinOp::Lt, _, _)));
    assert_eq!(ev("1 + 2 < 4"), T);
    assert_eq!(ev("(1 or 0) and 0"), F);
    assert_eq!(ev("1 or 0 and 0"), T);
    assert_eq!(
        parse("(1 = 1) = (2 = 2)").unwrap().to_string(),
        "1 = 1 = (2 = 2)"
    );
}

#[test]
fn literals_and_tokens() {
    assert_eq!(ev("12"), n(12.0));
    assert_eq!(ev("3.5"), n(3.5));
    assert_eq!(ev(".5"), n(0.5));
    // No escapes, as in XPath: a doubled quote ends the string.
    assert_eq!(perr("'it''s'").span, Span::new(4, 7));
    assert_eq!(ev("\"it's\""), t("it's"));
    assert_eq!(ev("'say \"hi\"'"), t("say \"hi\""));
    assert_eq!(ev("true()"), T);
    assert_eq!(ev("false()"), F);
    assert_eq!(ev("  1\t+\n2  "), n(3.0));
    let e = parse("${_a1}").unwrap();
    assert_eq!(e.references(), vec![("_a1".to_string(), Span::new(0, 6))]);
    assert_eq!(parse("\"it's\"").unwrap().to_string(), "\"it's\"");
    assert_eq!(
        parse("count-selected(.)-1").unwrap().to_string(),
        "count-selected(.) - 1"
    );
    assert_eq!(parse("${X}div-1").unwrap().to_string(), "${X} div -1");
}

#[test]
fn literal_with_both_quotes_prints_as_concat() {
    let e = Expr {
        span: Span::default(),
        kind: ExprKind::Text("a'b\"c".into()),
    };
    assert_eq!(e.to_string(), "concat('a', \"'\", 'b\"c')");
    assert_eq!(ev(&e.to_string()), t("a'b\"c"));
}

#[test]
fn references_and_current() {
    let e = parse("${A} + ${B} * -${A} = count-selected(.)").unwrap();
    let refs: Vec<_> = e
        .references()
        .into_iter()
        .map(|(id, s)| (id, s.start))
        .collect();
    assert_eq!(
        refs,
        vec![("A".into(), 0), ("B".into(), 7), ("A".into(), 15)]
    );
    assert!(e.uses_current());
    assert!(!parse("${A}").unwrap().uses_current());
}

#[test]
fn spans() {
    let e = parse(" ( ${A} + 1 ) * 2").unwrap();
    assert_eq!(e.span, Span::new(1, 17));
    let ExprKind::Binary(_, l, _) = &e.kind else {
        panic!()
    };
    assert_eq!(l.span, Span::new(1, 13));
    let e = parse("selected(., 'x')").unwrap();
    assert_eq!(e.span, Span::new(0, 16));
}

#[test]
fn parse_errors_are_located() {
    let e = perr("selected(${C1} 'tsunami')");
    assert_eq!(e.message, "expected ')' after the arguments of selected");
    assert_eq!(e.span, Span::new(15, 24));
    assert_eq!(
        e.to_string(),
        "column 16: expected ')' after the arguments of selected"
    );

    let e = perr("${B1} = ");
    assert_eq!(e.span, Span::new(8, 8));
    assert_eq!(
        e.message,
        "expected a value after '=', found the end of the expression"
    );

    let e = perr("${B1} = 'yes");
    assert_eq!(e.span.start, 8);
    assert!(e.message.contains("never closed"), "{}", e.message);

    let e = perr("${B1 = 1");
    assert_eq!(e.span.start, 0);
    assert_eq!(e.message, "expected '}' after ${B1");

    let e = perr("$B1 = 1");
    assert_eq!(e.span.start, 0);
    let e = perr("${1B} = 1");
    assert_eq!(e.message, "expected a question name after '${'");

    let e = perr("(1 + 2");
    assert_eq!(e.span, Span::new(6, 6));
    assert!(e
        .message
        .starts_with("expected ')' to close the '(' at column 1"));

    let e = perr("1 2");
    assert_eq!(e.span, Span::new(2, 3));
    assert_eq!(
        e.message,
        "expected an operator or the end of the expression, found the number 2"
    );

    let e = perr("1 # 2");
    assert_eq!(
        (e.span, e.message.as_str()),
        (Span::new(2, 3), "unexpected character '#'")
    );

    let e = perr("yes = 1");
    assert_eq!(e.span, Span::new(0, 3));
    assert!(e.message.starts_with("unknown word 'yes'"));

    let e = perr("and 1");
    assert_eq!(e.message, "expected a value before 'and'");

    let e = perr("1 ! 2");
    assert_eq!(e.span, Span::new(2, 3));

    let e = perr("   ");
    assert_eq!(e.message, "the expression is empty");

    let e = perr("f(1,)");
    assert_eq!(e.span, Span::new(4, 5));
    assert_eq!(e.message, "expected a value after ',', found ')'");

    let e = perr("99999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999");
    assert!(e.message.contains("too large"));
    assert_eq!(perr("€").message, "unexpected character '€'");
    assert_eq!(perr("1 = € ").span, Span::new(4, 7));
}

#[test]
fn nesting_is_limited_but_generous() {
    let ok = format!("{}1{}", "(".repeat(MAX_NESTING), ")".repeat(MAX_NESTING));
    assert_eq!(ev(&ok), n(1.0));
    let deep = format!("{}1{}", "(".repeat(10_000), ")".repeat(10_000));
    assert!(perr(&deep).message.contains("nested too deeply"));
    let chain = vec!["1"; 10_000].join(" + ");
    assert!(perr(&chain).message.contains("nested too deeply"));
    let chain = vec!["1"; MAX_DEPTH].join(" + ");
    assert_eq!(ev(&chain), n(MAX_DEPTH as f64));
    assert!(parse(&"-".repeat(10_000)).is_err());
    assert!(parse(&"not(".repeat(10_000)).is_err());
}

#[test]
fn serializes_compact_json() {
    let e = parse("${B1} = 'yes' and selected(., 'a') or -3.5 > 2 div 1").unwrap();
    let json = serde_json::to_string(&e).unwrap();
    assert_eq!(
        json,
        r#"{"op":"or","args":[{"op":"and","args":[{"op":"=","args":[{"ref":"B1"},{"lit":"yes"}]},{"fn":"selected","args":[{"cur":true},{"lit":"a"}]}]},{"op":">","args":[{"op":"neg","args":[{"lit":3.5}]},{"op":"div","args":[{"lit":2.0},{"lit":1.0}]}]}]}"#
    );
    assert_eq!(
        serde_json::to_string(&parse("today()").unwrap()).unwrap(),
        r#"{"fn":"today","args":[]}"#
    );
}

// ---------------------------------------------------------------- operators

#[test]
fn arithmetic() {
    assert_eq!(ev("1 + 2"), n(3.0));
    assert_eq!(ev("1 - 2"), n(-1.0));
    assert_eq!(ev("1.5 * 2"), n(3.0));
    assert_eq!(ev("7 div 2"), n(3.5));
    assert_eq!(ev("-7 mod 3"), n(-1.0));
    assert_eq!(ev("7 mod -3"), n(1.0));
    assert_eq!(ev("1 div 0"), Value::Null);
    assert_eq!(ev("1 mod 0"), Value::Null);
    assert_eq!(ev("0 div 0"), Value::Null);
    let big = format!("1{}", "0".repeat(300));
    assert_eq!(ev(&format!("{big} * {big}")), Value::Null);
    assert_eq!(ev("'3' + 1"), n(4.0));
    assert_eq!(ev("'x' + 1"), Value::Null);
    assert_eq!(ev("true() + 1"), n(2.0));
}

#[test]
fn date_arithmetic() {
    let env = TestEnv::default()
        .with("DT", Value::Date(d("2024-06-01")))
        .cur(Value::Date(d("2024-06-10")));
    assert_eq!(ev_in("today() - ${DT}", &env), n(14.0));
    assert_eq!(ev_in("${DT} - today()", &env), n(-14.0));
    assert_eq!(ev_in("${DT} + 30", &env), Value::Date(d("2024-07-01")));
    assert_eq!(ev_in("30 + ${DT}", &env), Value::Date(d("2024-07-01")));
    assert_eq!(ev_in("${DT} - 1", &env), Value::Date(d("2024-05-31")));
    assert_eq!(ev_in("${DT} - '2024-05-01'", &env), n(31.0));
    assert_eq!(ev_in("${DT} * 2", &env), Value::Null);
    assert_eq!(ev_in("${DT} + 99999999999", &env), Value::Null);
    assert_eq!(ev_in("${DT} + 1.9", &env), Value::Date(d("2024-06-02")));
    assert_eq!(ev_in("-.", &env), Value::Null);
}

#[test]
fn equality() {
    assert_eq!(ev("1 = 1"), T);
    assert_eq!(ev("1 = 1.0"), T);
    assert_eq!(ev("1 != 2"), T);
    assert_eq!(ev("'a' = 'a'"), T);
    assert_eq!(ev("'a' = 'A'"), F);
    assert_eq!(ev("3 = '3'"), T);
    assert_eq!(ev("'3.0' = 3"), T);
    assert_eq!(ev("3 = 'x'"), F);
    assert_eq!(ev("date('2024-01-02') = '2024-01-02'"), T);
    assert_eq!(ev("date('2024-01-02') = date('2024-01-02')"), T);
    assert_eq!(ev("date('2024-01-02') = 'nope'"), F);
    assert_eq!(ev("true() = 1"), T);
    assert_eq!(ev("false() = ''"), T);
    let env = TestEnv::default().with("C1", list(&["a", "b"]));
    assert_eq!(ev_in("${C1} = 'a b'", &env), T);
    assert_eq!(ev_in("${C1} = ${C1}", &env), T);
}

#[test]
fn ordering() {
    assert_eq!(ev("1 < 2"), T);
    assert_eq!(ev("2 <= 2"), T);
    assert_eq!(ev("3 > 2"), T);
    assert_eq!(ev("2 >= 3"), F);
    assert_eq!(ev("'10' < 9"), F);
    assert_eq!(ev("'10' < '9'"), T);
    assert_eq!(ev("'x' < 9"), F);
    assert_eq!(ev("'x' >= 9"), F);
    assert_eq!(ev("date('2024-01-02') > '2024-01-01'"), T);
    assert_eq!(ev("'2024-01-01' < date('2024-01-02')"), T);
    assert_eq!(ev("date('2024-01-02') > 'garbage'"), F);
    assert_eq!(ev("date('2024-01-02') > 3"), F);
}

#[test]
fn logic() {
    assert_eq!(ev("1 = 1 and 2 = 2"), T);
    assert_eq!(ev("1 = 1 and 2 = 3"), F);
    assert_eq!(ev("1 = 2 or 2 = 2"), T);
    assert_eq!(ev("1 = 2 or 2 = 3"), F);
    assert_eq!(ev("not(1 = 2)"), T);
}

// ---------------------------------------------------------------- null rules

#[test]
fn null_rules() {
    let env = TestEnv::default().with("G1", t("answered"));
    // Unanswered = Null equals '' and the empty list.
    assert_eq!(ev("${G1} != ''"), F);
    assert_eq!(ev_in("${G1} != ''", &env), T);
    assert_eq!(ev("${G1} = ''"), T);
    assert_eq!(ev("${B1} = 'yes'"), F);
    assert_eq!(ev("${B1} != 'yes'"), T);
    let empty = TestEnv::default().with("C1", list(&[]));
    assert_eq!(ev_in("${C1} = ''", &empty), T);
    assert_eq!(ev_in("${C1} = ${NOPE}", &empty), T);
    assert_eq!(ev("${D1} = 0"), F);
    // Ordering with Null is false both ways.
    for op in ["<", "<=", ">", ">="] {
        assert_eq!(ev(&format!("${{D1}} {op} 0")), F, "{op}");
        assert_eq!(ev(&format!("0 {op} ${{D1}}")), F, "{op}");
    }
    // Arithmetic with Null is Null.
    for op in ["+", "-", "*", "div", "mod"] {
        assert_eq!(ev(&format!("${{D1}} {op} 1")), Value::Null, "{op}");
        assert_eq!(ev(&format!("1 {op} ${{D1}}")), Value::Null, "{op}");
    }
    assert_eq!(ev("-${D1}"), Value::Null);
    assert_eq!(ev("today() - ${D1}"), Value::Null);
    assert_eq!(ev("selected(${C1}, 'x')"), F);
    assert_eq!(ev("count-selected(${C1})"), n(0.0));
    assert_eq!(ev("string-length(${G1})"), n(0.0));
    assert_eq!(ev("regex(${G1}, '.*')"), F);
    assert_eq!(ev("number(${G1})"), Value::Null);
    assert_eq!(ev("choice-property(${A1}, 'alpha2')"), Value::Null);
}

// ---------------------------------------------------------------- functions

#[test]
fn functions() {
    let env = TestEnv::default()
        .with("C1", list(&["a", "b"]))
        .with("S", t("a"))
        .with("A1", t("FRA"))
        .cur(t("DEU"));
    assert_eq!(ev_in("selected(${C1}, 'b')", &env), T);
    assert_eq!(ev_in("selected(${C1}, 'c')", &env), F);
    assert_eq!(ev_in("selected(${S}, 'a')", &env), T);
    assert_eq!(ev_in("selected(${S}, 'b')", &env), F);
    assert_eq!(ev_in("count-selected(${C1})", &env), n(2.0));
    assert_eq!(ev_in("count-selected(${S})", &env), n(1.0));
    assert_eq!(ev("string-length('héllo')"), n(5.0));
    assert_eq!(ev("string-length(12.5)"), n(4.0));
    assert_eq!(ev("regex('AB123', '^[A-Z]+[0-9]+$')"), T);
    assert_eq!(ev("regex('ab', '^[A-Z]+$')"), F);
    assert_eq!(ev("regex('ab', '(')"), F);
    assert_eq!(ev("substr('héllo', 1, 3)"), t("él"));
    assert_eq!(ev("substr('hello', 2)"), t("llo"));
    assert_eq!(ev("substr('hello', -5, 99999999999999999999)"), t("hello"));
    assert_eq!(ev("substr('hello', 4, 1)"), t(""));
    assert_eq!(ev("substr('hello', 'x')"), Value::Null);
    assert_eq!(ev_in("choice-property(${A1}, 'alpha2')", &env), t("FR"));
    assert_eq!(ev_in("choice-property(., 'alpha2')", &env), t("DE"));
    assert_eq!(ev_in("choice-property(${A1}, 'other')", &env), Value::Null);
    assert_eq!(ev_in("choice-property(${C1}, 'alpha2')", &env), Value::Null);
    assert_eq!(ev("if(1 = 1, 'a', 'b')"), t("a"));
    assert_eq!(ev("if(1 = 2, 'a', 'b')"), t("b"));
    assert_eq!(ev("coalesce(${X}, 'b')"), t("b"));
    assert_eq!(ev("coalesce('a', 'b')"), t("a"));
    assert_eq!(
        ev_in("concat('a', 1, true(), ${C1}, date('2024-01-05'))", &env),
        t("a1truea b2024-01-05")
    );
    assert_eq!(ev("number('12.5')"), n(12.5));
    assert_eq!(ev("number(' 7 ')"), n(7.0));
    assert_eq!(ev("number('abc')"), Value::Null);
    assert_eq!(ev("number(true())"), n(1.0));
    assert_eq!(ev("number(date('1970-01-11'))"), n(10.0));
    assert_eq!(ev("int(3.9)"), n(3.0));
    assert_eq!(ev("int(-3.9)"), n(-3.0));
    assert_eq!(ev("int('-2.5')"), n(-2.0));
    assert_eq!(ev("string(3)"), t("3"));
    assert_eq!(ev("string(3.25)"), t("3.25"));
    assert_eq!(ev("string(1 = 1)"), t("true"));
    assert_eq!(ev("date('2024-02-29')"), Value::Date(d("2024-02-29")));
    assert_eq!(ev("date('2024-02-30')"), Value::Null);
    assert_eq!(
        ev("date('2024-02-03T10:00:00')"),
        Value::Date(d("2024-02-03"))
    );
    assert_eq!(ev("date(10)"), Value::Date(d("1970-01-11")));
    assert_eq!(ev("today()"), Value::Date(d("2024-06-15")));
    assert_eq!(ev("nosuch(1)"), Value::Null);
    assert_eq!(ev("not(1, 2)"), Value::Null);
}

#[test]
fn truthiness_and_emptiness() {
    assert!(truthy(&T));
    assert!(!truthy(&F));
    assert!(!truthy(&Value::Null));
    assert!(truthy(&n(2.0)));
    assert!(!truthy(&n(0.0)));
    assert!(!truthy(&n(f64::NAN)));
    assert!(truthy(&t("x")));
    assert!(!truthy(&t("")));
    assert!(truthy(&list(&["a"])));
    assert!(!truthy(&list(&[])));
    assert!(truthy(&Value::Date(d("2024-01-01"))));
    assert!(Value::Null.is_empty());
    assert!(t("").is_empty());
    assert!(list(&[]).is_empty());
    assert!(!n(0.0).is_empty());
    assert!(!F.is_empty());
}

// ---------------------------------------------------------------- checker

#[test]
fn checker_errors() {
    let cases: &[(&str, Option<Type>, &str, &str)] = &[
        ("${X} + ${NOPE}", Some(Type::Number), "${NOPE}", "unknown question ${NOPE}"),
        (". > 1", None, ".", "'.' (this question's value) cannot be used here"),
        ("frob(1)", None, "frob", "unknown function frob()"),
        ("selected(${C1})", None, "selected(${C1})", "selected() takes 2 arguments, found 1"),
        ("today(1)", None, "today(1)", "today() takes no arguments, found 1"),
        ("substr('a')", None, "substr('a')", "substr() takes 2 or 3 arguments, found 1"),
        ("${B1} + 1", None, "${B1}", "cannot do arithmetic ('+') on text"),
        ("2 * ${C1}", None, "${C1}", "cannot do arithmetic ('*') on a list of choices"),
        ("-'a'", None, "'a'", "cannot negate text"),
        ("${D1} and ${OK}", None, "${D1}", "'and' needs a true/false value, found a number"),
        ("${OK} or 'x'", None, "'x'", "'or' needs a true/false value, found text"),
        ("not(${B1})", None, "${B1}", "not() needs a true/false value, found text"),
        ("${DT} > ${D1}", None, "${DT} > ${D1}", "cannot compare a number with a date"),
        ("${DT} = 3", None, "${DT} = 3", "cannot compare a number with a date"),
        (
            "selected(${D1}, 'a')",
            None,
            "${D1}",
            "selected() needs a select_multiple answer (a list of choices), found a number",
        ),
        (
            "count-selected(${DT})",
            None,
            "${DT}",
            "count-selected() needs a select_multiple answer (a list of choices), found a date",
        ),
        ("${DT} < '2024-13-01'", None, "'2024-13-01'", "'2024-13-01' is not a date (write dates as 'YYYY-MM-DD')"),
        ("${D1} > 'abc'", None, "'abc'", "'abc' is not a number"),
        ("date('soon')", None, "'soon'", "'soon' is not a date (write dates as 'YYYY-MM-DD')"),
        ("${DT} + ${DT}", None, "${DT} + ${DT}", "cannot add two dates"),
        ("1 - ${DT}", None, "1 - ${DT}", "cannot subtract a date from a number"),
        ("${DT} * 2", None, "${DT}", "cannot use '*' with a date"),
        ("${C1} < ${C1}", None, "${C1} < ${C1}", "cannot order lists with '<'"),
        ("${OK} > ${OK}", None, "${OK} > ${OK}", "cannot order true/false values with '>'"),
        ("${C1} = 3", None, "${C1} = 3", "cannot compare a number with a list of choices"),
        (
            "choice-property(concat(${A1}), 'alpha2')",
            None,
            "concat(${A1})",
            "the first argument of choice-property() must be a question reference like ${A1} or '.'",
        ),
        ("choice-property(${A1}, 'p')", None, "'p'", "the choices of ${A1} have no property 'p'"),
        ("choice-property(${A1}, ${B1})", None, "${B1}", "the second argument of choice-property() must be a quoted property name"),
        ("if(${B1}, 1, 2)", None, "${B1}", "the condition of if() needs a true/false value, found text"),
    ];
    for (src, cur, at, msg) in cases {
        assert_eq!(
            ck_err(src, *cur),
            (at.to_string(), msg.to_string()),
            "{src}"
        );
    }
    let (at, msg) = ck_err("regex(., '^[A-Z')", Some(Type::Text));
    assert_eq!(at, "'^[A-Z'");
    assert_eq!(msg, "invalid regular expression: unclosed character class");
}

#[test]
fn checker_collects_all_errors() {
    let errs = ck("${NOPE} + frob() + ${B1}").unwrap_err();
    let msgs: Vec<_> = errs.iter().map(|e| e.message.as_str()).collect();
    assert_eq!(
        msgs,
        [
            "unknown question ${NOPE}",
            "unknown function frob()",
            "cannot do arithmetic ('+') on text"
        ]
    );
}

#[test]
fn checker_accepts_compatible_comparisons() {
    for src in [
        "${DT} > '2024-01-01'",
        "${DT} = ${B1}",
        "${D1} = '3'",
        "${D1} != ''",
        "${DT} != ''",
        "${C1} = ''",
        "${C1} = 'a b'",
        "${OK} = 1",
        "${U} > ${DT}",
        "${B1} < 'x'",
        "selected(${B1}, 'x')",
        "selected(${U}, 'x')",
        "regex(${B1}, ${A1})",
        "number(${DT}) > 3",
    ] {
        assert!(ck(src).is_ok(), "{src}: {:?}", ck(src));
    }
}
