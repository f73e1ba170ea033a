//! The join QR code as grey pixels: the join URL at error-correction level M, with the quiet zone
//! of 4 modules the standard asks for (cameras lose a code drawn edge to edge). The presenter
//! wraps the pixels in an image; the tests decode them back.

use qrcode::{Color, EcLevel, QrCode};

/// Modules of light border around the code.
const QUIET_MODULES: usize = 4;

/// A square greyscale picture: 0 is dark, 255 light, row by row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrPixels {
    pub side: usize,
    pub luma: Vec<u8>,
}

/// Draws `text` as a QR code, each module `module_px` pixels wide.
pub fn draw(text: &str, module_px: usize) -> Result<QrPixels, String> {
    let code = QrCode::with_error_correction_level(text, EcLevel::M)
        .map_err(|e| crate::tr!("classroom-qr-cannot-draw", error = e.to_string()))?;
    let modules = code.width();
    let colors = code.to_colors();
    let module_px = module_px.max(1);
    let side = (modules + 2 * QUIET_MODULES) * module_px;
    let mut luma = vec![255u8; side * side];
    for (y, row) in luma.chunks_exact_mut(side).enumerate() {
        let my = (y / module_px).checked_sub(QUIET_MODULES).filter(|m| *m < modules);
        for (x, pixel) in row.iter_mut().enumerate() {
            let mx = (x / module_px).checked_sub(QUIET_MODULES).filter(|m| *m < modules);
            if let (Some(mx), Some(my)) = (mx, my)
                && colors[my * modules + mx] == Color::Dark
            {
                *pixel = 0;
            }
        }
    }
    Ok(QrPixels { side, luma })
}

/// The URL phones open: the join page with the room code filled in.
pub fn join_link(url: &str, code: &str) -> String {
    format!("{url}?code={code}")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads the picture back as a phone camera would (with an independent decoder).
    fn decode(qr: &QrPixels) -> Vec<String> {
        let mut image = rqrr::PreparedImage::prepare_from_greyscale(qr.side, qr.side, |x, y| qr.luma[y * qr.side + x]);
        image.detect_grids().into_iter().filter_map(|grid| grid.decode().ok().map(|(_, text)| text)).collect()
    }

    #[test]
    fn the_code_decodes_back_to_the_join_link() {
        for url in ["http://192.168.1.23:8321/", "http://10.0.0.7:49152/", "http://[fd00::1:2]:8321/"] {
            let link = join_link(url, "BKDR");
            assert_eq!(decode(&draw(&link, 4).unwrap()), vec![link.clone()], "{link}");
            assert_eq!(decode(&draw(&link, 1).unwrap()), vec![link], "one pixel per module still reads");
        }
    }

    #[test]
    fn a_join_url_is_drawn_with_a_light_border_and_dark_modules() {
        let qr = draw("http://192.168.1.23:8321/?code=BKDR", 3).unwrap();
        assert_eq!(qr.luma.len(), qr.side * qr.side);
        assert!(qr.luma[..qr.side * 3 * QUIET_MODULES].iter().all(|p| *p == 255), "quiet zone on top");
        let dark = qr.luma.iter().filter(|p| **p == 0).count();
        assert!(dark > qr.luma.len() / 5, "a real code is about half dark inside its border");
    }
}
