# Raytrace: a small recursive ray tracer.  A scene of spheres and a checkered
# ground plane lit by two point lights is rendered with diffuse and specular
# (Phong) shading, shadow rays and mirror reflections up to a fixed depth.
# Measures operator overloading on a vector class, method dispatch over
# different object kinds, small object allocation and float arithmetic.
# Only +, -, *, / and math.sqrt are used on floats (no pow/sin), so the
# output is bit-reproducible; pixels are checksummed as 0..255 integers.
#
# Size argument: image width and height in pixels.  Default 320.
import sys
import math

EPSILON = 1e-6
MAX_DEPTH = 4


class Vec:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def __rmul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def __neg__(self):
        return Vec(-self.x, -self.y, -self.z)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def cross(self, other):
        return Vec(self.y * other.z - self.z * other.y,
                   self.z * other.x - self.x * other.z,
                   self.x * other.y - self.y * other.x)

    def times(self, other):
        # component-wise product (used for colors)
        return Vec(self.x * other.x, self.y * other.y, self.z * other.z)

    @property
    def length(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        return self * (1.0 / self.length)

    def __repr__(self):
        return "Vec(%r, %r, %r)" % (self.x, self.y, self.z)


BLACK = Vec(0.0, 0.0, 0.0)


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def point_at(self, t):
        return self.origin + self.direction * t


class Material:
    def __init__(self, color, diffuse=0.8, specular=0.0, reflect=0.0, checker=None):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.reflect = reflect
        self.checker = checker

    def color_at(self, point):
        if self.checker is None:
            return self.color
        cx = math.floor(point.x * 0.5)
        cz = math.floor(point.z * 0.5)
        if (cx + cz) % 2 == 0:
            return self.color
        return self.checker


class Shape:
    def __init__(self, material):
        self.material = material

    def intersect(self, ray):
        raise NotImplementedError

    def normal_at(self, point):
        raise NotImplementedError


class Sphere(Shape):
    def __init__(self, center, radius, material):
        super().__init__(material)
        self.center = center
        self.radius = radius
        self.radius2 = radius * radius

    def intersect(self, ray):
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius2
        disc = b * b - c
        if disc < 0.0:
            return None
        s = math.sqrt(disc)
        t = -b - s
        if t > EPSILON:
            return t
        t = -b + s
        if t > EPSILON:
            return t
        return None

    def normal_at(self, point):
        return (point - self.center) * (1.0 / self.radius)


class Plane(Shape):
    def __init__(self, point, normal, material):
        super().__init__(material)
        self.point = point
        self.normal = normal.normalized()

    def intersect(self, ray):
        denom = self.normal.dot(ray.direction)
        if -EPSILON < denom < EPSILON:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        if t > EPSILON:
            return t
        return None

    def normal_at(self, point):
        return self.normal


class Light:
    def __init__(self, position, color):
        self.position = position
        self.color = color


def phong(x):
    # x ** 16 by repeated squaring
    x = x * x
    x = x * x
    x = x * x
    return x * x


class Scene:
    def __init__(self):
        self.shapes = []
        self.lights = []
        self.ambient = 0.1
        self.rays = 0

    def add(self, shape):
        self.shapes.append(shape)
        return self

    def nearest(self, ray):
        best_t = None
        best_shape = None
        for shape in self.shapes:
            t = shape.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t = t
                best_shape = shape
        return best_shape, best_t

    def shadowed(self, point, light_dir, light_dist):
        ray = Ray(point, light_dir)
        for shape in self.shapes:
            t = shape.intersect(ray)
            if t is not None and t < light_dist:
                return True
        return False

    def trace(self, ray, depth):
        self.rays += 1
        shape, t = self.nearest(ray)
        if shape is None:
            # sky gradient
            k = 0.5 * (ray.direction.y + 1.0)
            return Vec(0.6, 0.7, 1.0) * k + Vec(1.0, 1.0, 1.0) * (0.3 * (1.0 - k))
        point = ray.point_at(t)
        normal = shape.normal_at(point)
        if normal.dot(ray.direction) > 0.0:
            normal = -normal
        material = shape.material
        base = material.color_at(point)
        color = base * self.ambient
        for light in self.lights:
            to_light = light.position - point
            dist = to_light.length
            ldir = to_light * (1.0 / dist)
            lambert = normal.dot(ldir)
            if lambert <= 0.0:
                continue
            if self.shadowed(point, ldir, dist):
                continue
            color = color + base.times(light.color) * (lambert * material.diffuse)
            if material.specular > 0.0:
                half = (ldir - ray.direction).normalized()
                s = normal.dot(half)
                if s > 0.0:
                    color = color + light.color * (material.specular * phong(s))
        if material.reflect > 0.0 and depth < MAX_DEPTH:
            d = ray.direction
            r = d - normal * (2.0 * d.dot(normal))
            reflected = self.trace(Ray(point, r), depth + 1)
            color = color * (1.0 - material.reflect) + reflected * material.reflect
        return color


class Camera:
    def __init__(self, eye, target, up, width, height, half_width):
        self.eye = eye
        self.width = width
        self.height = height
        forward = (target - eye).normalized()
        right = forward.cross(up).normalized()
        true_up = right.cross(forward)
        aspect = height / width
        self.forward = forward
        self.right = right * half_width
        self.up = true_up * (half_width * aspect)

    def ray(self, px, py):
        u = (2.0 * (px + 0.5) / self.width) - 1.0
        v = 1.0 - (2.0 * (py + 0.5) / self.height)
        d = self.forward + self.right * u + self.up * v
        return Ray(self.eye, d.normalized())


def build_scene():
    scene = Scene()
    scene.add(Plane(Vec(0.0, 0.0, 0.0), Vec(0.0, 1.0, 0.0),
                    Material(Vec(0.9, 0.9, 0.9), 0.9, 0.0, 0.15, checker=Vec(0.2, 0.2, 0.25))))
    scene.add(Sphere(Vec(0.0, 1.0, 0.0), 1.0,
                     Material(Vec(0.9, 0.2, 0.2), 0.7, 0.6, 0.3)))
    scene.add(Sphere(Vec(-2.2, 0.7, 1.0), 0.7,
                     Material(Vec(0.2, 0.9, 0.3), 0.8, 0.3, 0.1)))
    scene.add(Sphere(Vec(2.0, 0.9, -1.2), 0.9,
                     Material(Vec(0.3, 0.3, 0.95), 0.5, 0.9, 0.6)))
    scene.add(Sphere(Vec(0.8, 0.35, 1.8), 0.35,
                     Material(Vec(0.95, 0.85, 0.2), 0.9, 0.2, 0.0)))
    scene.add(Sphere(Vec(-0.9, 2.6, -2.5), 0.8,
                     Material(Vec(0.8, 0.8, 0.8), 0.3, 0.8, 0.8)))
    scene.lights.append(Light(Vec(-5.0, 8.0, 6.0), Vec(0.9, 0.9, 0.85)))
    scene.lights.append(Light(Vec(6.0, 5.0, 3.0), Vec(0.4, 0.4, 0.5)))
    return scene


def pixels(width, height):
    for y in range(height):
        for x in range(width):
            yield x, y


def to_byte(c):
    if c <= 0.0:
        return 0
    if c >= 1.0:
        return 255
    return int(c * 255.0 + 0.5)


def main():
    size = 320
    if len(sys.argv) > 1:
        size = int(sys.argv[1])
    scene = build_scene()
    camera = Camera(Vec(0.0, 2.2, 7.0), Vec(0.0, 0.8, 0.0), Vec(0.0, 1.0, 0.0),
                    size, size, 0.55)
    check = 0
    totals = [0, 0, 0]
    for x, y in pixels(size, size):
        c = scene.trace(camera.ray(x, y), 0)
        r = to_byte(c.x)
        g = to_byte(c.y)
        b = to_byte(c.z)
        totals[0] += r
        totals[1] += g
        totals[2] += b
        check = (check * 16777619 + (r << 16 | g << 8 | b)) % 4294967291
    center = scene.trace(camera.ray(size // 2, size // 2), 0)
    print("rays", scene.rays)
    print("color totals", totals[0], totals[1], totals[2])
    print("center", center)
    print("checksum", check)


main()
