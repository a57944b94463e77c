//! Static files, embedded in the binary: the stylesheet and the small scripts.

use rocket::http::{ContentType, Header};
use rocket::response::Responder;

#[derive(Responder)]
pub struct Asset {
    body: &'static str,
    content_type: ContentType,
    cache: Header<'static>,
}

fn asset(body: &'static str, content_type: ContentType) -> Asset {
    Asset {
        body,
        content_type,
        cache: Header::new("Cache-Control", "public, max-age=3600"),
    }
}

#[rocket::get("/style.css")]
fn style() -> Asset {
    asset(include_str!("../../static/style.css"), ContentType::CSS)
}

#[rocket::get("/form.js")]
fn form_script() -> Asset {
    asset(
        include_str!("../../static/form.js"),
        ContentType::JavaScript,
    )
}

pub fn routes() -> Vec<rocket::Route> {
    rocket::routes![style, form_script]
}
