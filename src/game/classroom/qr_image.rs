//! The join QR code as a Bevy image: `net::qr`'s pixels, one texel per pixel, sampled nearest so
//! the modules stay sharp when the UI scales it up on a projector.

use bevy::asset::RenderAssetUsages;
use bevy::image::ImageSampler;
use bevy::prelude::*;
use bevy::render::render_resource::{Extent3d, TextureDimension, TextureFormat};

use crate::net::qr;

/// Pixels per QR module: the panel draws it larger; nearest sampling keeps the edges crisp.
const MODULE_PX: usize = 4;

/// The QR code of `link` as an image (an empty handle if it cannot be encoded: the URL and the
/// code are shown in large type anyway).
pub fn add(world: &mut World, link: &str) -> Handle<Image> {
    // Headless apps (the tests) have no image assets: the handle stays empty there.
    let Some(mut images) = world.get_resource_mut::<Assets<Image>>() else { return Handle::default() };
    match qr::draw(link, MODULE_PX) {
        Ok(pixels) => images.add(image(&pixels)),
        Err(why) => {
            warn!("{why}");
            Handle::default()
        }
    }
}

pub fn image(pixels: &qr::QrPixels) -> Image {
    let side = pixels.side as u32;
    let rgba = pixels.luma.iter().flat_map(|l| [*l, *l, *l, 255]).collect();
    let mut image = Image::new(
        Extent3d { width: side, height: side, depth_or_array_layers: 1 },
        TextureDimension::D2,
        rgba,
        TextureFormat::Rgba8UnormSrgb,
        RenderAssetUsages::RENDER_WORLD | RenderAssetUsages::MAIN_WORLD,
    );
    image.sampler = ImageSampler::nearest();
    image
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_presenters_image_decodes_back_to_the_join_link() {
        let link = qr::join_link("http://192.168.1.23:8321/", "BKDR");
        let image = image(&qr::draw(&link, MODULE_PX).unwrap());
        let (w, h) = (image.width() as usize, image.height() as usize);
        let rgba = image.data.as_ref().expect("pixels in the main world");
        let mut prepared = rqrr::PreparedImage::prepare_from_greyscale(w, h, |x, y| rgba[(y * w + x) * 4]);
        let decoded: Vec<String> =
            prepared.detect_grids().iter().filter_map(|g| g.decode().ok()).map(|(_, t)| t).collect();
        assert_eq!(decoded, vec![link]);
    }
}
